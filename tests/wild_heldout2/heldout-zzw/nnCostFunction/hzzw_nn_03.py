import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return np.multiply(g, 1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # reshape nn_params back into Theta1 and Theta2 (same as MATLAB reshape)
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)

    # recode y
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y.flat[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = -np.sum(np.multiply(Y, np.log(h)) + np.multiply(1 - Y, np.log(1 - h))) / m
    J += (Lambda / (2.0 * m)) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # backpropagation
    delta3 = h - Y
    delta2 = np.multiply(delta3 * Theta2[:, 1:], sigmoidGradient(z2))

    Theta1_grad = (delta2.T * a1) / m
    Theta2_grad = (delta3.T * a2) / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    # unroll gradients
    grad = np.concatenate((Theta1_grad.A1, Theta2_grad.A1))

    return J, grad
