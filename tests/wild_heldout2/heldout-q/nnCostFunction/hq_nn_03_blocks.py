import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    """Cost + backprop for the digits network.

    y holds the digit classes 0..num_labels-1 (we remapped the '10' of the
    original data set to 0).  Returns J and the two gradient matrices.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.reshape(params[:n1], (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(params[n1:], (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)
    y = np.asarray(y).flatten()

    J = 0
    D1 = np.zeros(theta1.shape)
    D2 = np.zeros(theta2.shape)

    for i in range(m):
        a1 = np.insert(X[i], 0, 1)
        z2 = theta1 @ a1
        a2 = np.insert(sigmoid(z2), 0, 1)
        h = sigmoid(theta2 @ a2)

        yk = np.zeros(num_labels)
        yk[y[i]] = 1

        J += -np.sum(yk * np.log(h) + (1 - yk) * np.log(1 - h))

        d3 = h - yk
        d2 = (theta2[:, 1:].T @ d3) * sigmoid_gradient(z2)
        D1 += np.outer(d2, a1)
        D2 += np.outer(d3, a2)

    J = J / m + reg / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    theta1_grad = D1 / m
    theta2_grad = D2 / m
    theta1_grad[:, 1:] += reg / m * theta1[:, 1:]
    theta2_grad[:, 1:] += reg / m * theta2[:, 1:]

    return J, theta1_grad, theta2_grad
