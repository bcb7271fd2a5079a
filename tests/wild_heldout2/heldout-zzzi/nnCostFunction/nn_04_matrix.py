import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """cost + unrolled gradient, np.matrix version"""
    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.matrix(np.reshape(params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F'))
    theta2 = np.matrix(np.reshape(params[t1_size:], (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    y = np.array(y).flatten()
    m = X.shape[0]

    # y -> one hot (labels are 1..K)
    y_onehot = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        y_onehot[i, y[i] - 1] = 1

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)

    J = 0
    for i in range(m):
        first = np.multiply(-y_onehot[i, :], np.log(h[i, :]))
        second = np.multiply(1 - y_onehot[i, :], np.log(1 - h[i, :]))
        J += np.sum(first - second)
    J = J / m
    J += (float(lmbda) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backprop, vectorised
    d3 = h - y_onehot
    d2 = np.multiply(d3 * theta2[:, 1:], np.multiply(sigmoid(z2), 1 - sigmoid(z2)))

    delta1 = (d2.T * a1) / m
    delta2 = (d3.T * a2) / m
    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * lmbda) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * lmbda) / m

    grad = np.concatenate((delta1.A1, delta2.A1))
    return J, grad
