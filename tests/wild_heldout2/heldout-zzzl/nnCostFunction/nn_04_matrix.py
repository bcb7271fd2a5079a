import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    n1 = hidden_layer_size * (input_layer_size + 1)
    flat = np.asarray(nn_params).ravel()
    Theta1 = np.matrix(np.reshape(flat[:n1], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(flat[n1:], (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]
    labels = np.asarray(y).ravel()

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    a3 = sigmoid(z3)

    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, labels[i] - 1] = 1

    J = -np.sum(np.multiply(Y, np.log(a3)) + np.multiply(1 - Y, np.log(1 - a3))) / m
    J += Lambda / (2.0 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    delta3 = a3 - Y
    delta2 = np.multiply(delta3 * Theta2[:, 1:], sigmoidGradient(z2))

    Theta1_grad = delta2.T * a1 / m
    Theta2_grad = delta3.T * a2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A1, Theta2_grad.A1))
    return J, grad
