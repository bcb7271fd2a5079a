import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    # unroll
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    # recode labels
    yv = np.array(y).ravel()
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, yv[i] - 1] = 1

    J = -np.sum(np.multiply(Y, np.log(h)) + np.multiply(1 - Y, np.log(1 - h))) / m
    J += lamb / (2.0 * m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # backprop
    d3 = h - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoidGradient(a2[:, 1:]))

    Theta1_grad = d2.T * a1 / m
    Theta2_grad = d3.T * a2 / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lamb / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lamb / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A1, Theta2_grad.A1))
    return J, grad
