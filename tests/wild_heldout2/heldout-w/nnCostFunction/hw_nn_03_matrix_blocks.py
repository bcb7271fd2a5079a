import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost(thetas, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Cost of the 2-layer net, np.matrix version.

    thetas = np.concatenate((Theta1.ravel(), Theta2.ravel())), i.e. the weight
    matrices flattened row by row (numpy's default).  y holds the labels 1..K
    as loaded from the .mat file.

    Returns J, Theta1_grad, Theta2_grad (the gradients are kept as matrices so
    they can be checked against the numerical gradient block by block).
    """
    t1 = np.matrix(thetas[:hidden_layer_size * (input_layer_size + 1)]).reshape(
        hidden_layer_size, input_layer_size + 1)
    t2 = np.matrix(thetas[hidden_layer_size * (input_layer_size + 1):]).reshape(
        num_labels, hidden_layer_size + 1)

    X = np.matrix(X)
    m = X.shape[0]

    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * t1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    a3 = sigmoid(a2 * t2.T)

    J = np.sum(-np.multiply(Y, np.log(a3)) - np.multiply(1 - Y, np.log(1 - a3))) / m
    J += lmbda / (2 * m) * (np.sum(np.power(t1[:, 1:], 2)) + np.sum(np.power(t2[:, 1:], 2)))

    d3 = a3 - Y
    d2 = np.multiply(d3 * t2[:, 1:], np.multiply(sigmoid(z2), 1 - sigmoid(z2)))

    Theta1_grad = d2.T * a1 / m
    Theta2_grad = d3.T * a2 / m
    Theta1_grad[:, 1:] += lmbda / m * t1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * t2[:, 1:]

    return J, Theta1_grad, Theta2_grad
