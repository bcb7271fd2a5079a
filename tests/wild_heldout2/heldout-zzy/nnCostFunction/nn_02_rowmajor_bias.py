import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda):
    # params = np.concatenate((theta1.ravel(), theta2.ravel()))
    # X already has the column of ones (np.insert(X, 0, 1, axis=1) when loading)
    theta1 = np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1))
    theta2 = np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1))

    m = X.shape[0]

    y_onehot = np.zeros((m, num_labels))
    for i in range(m):
        y_onehot[i, y[i, 0] - 1] = 1

    a1 = X
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2.dot(theta2.T)
    h = sigmoid(z3)

    J = np.sum(-y_onehot * np.log(h) - (1 - y_onehot) * np.log(1 - h)) / m
    J = J + (lmbda / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    d3 = h - y_onehot
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = d2.T.dot(a1) / m
    delta2 = d3.T.dot(a2) / m

    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * lmbda) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * lmbda) / m

    grad = np.concatenate((np.ravel(delta1), np.ravel(delta2)))

    return J, grad
