import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return np.multiply(g, 1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]

    # recode labels as vectors of 0s and 1s
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y.flat[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    a3 = sigmoid(a2 * Theta2.T)

    J = (-1.0 / m) * np.sum(np.multiply(Y, np.log(a3)) + np.multiply(1 - Y, np.log(1 - a3)))
    J = J + Lambda / (2.0 * m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    d3 = a3 - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoidGradient(z2))

    Theta1_grad = d2.T * a1 / m
    Theta2_grad = d3.T * a2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A1, Theta2_grad.A1))
    return J, grad
