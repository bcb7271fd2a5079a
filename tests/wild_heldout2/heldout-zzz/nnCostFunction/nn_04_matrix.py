import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = X.shape[0]

    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.matrix(np.reshape(params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F'))
    theta2 = np.matrix(np.reshape(params[t1_size:], (num_labels, hidden_layer_size + 1), order='F'))

    # feed forward
    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)

    y_onehot = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        y_onehot[i, int(y[i, 0]) - 1] = 1

    first = np.multiply(-y_onehot, np.log(h))
    second = np.multiply(1 - y_onehot, np.log(1 - h))
    J = np.sum(first - second) / m
    J += (float(reg) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backprop
    d3 = h - y_onehot
    a2_nb = a2[:, 1:]
    d2 = np.multiply(d3 * theta2[:, 1:], np.multiply(sigmoid(a2_nb), 1 - sigmoid(a2_nb)))

    delta1 = d2.T * a1
    delta2 = d3.T * a2

    delta1[:, 1:] = delta1[:, 1:] + reg * theta1[:, 1:]
    delta2[:, 1:] = delta2[:, 1:] + reg * theta2[:, 1:]
    delta1 = delta1 / m
    delta2 = delta2 / m

    grad = np.concatenate((np.ravel(delta1, order='F'), np.ravel(delta2, order='F')))
    return J, grad
