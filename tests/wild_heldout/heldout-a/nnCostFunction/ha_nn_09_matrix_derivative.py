import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def unroll(t1, t2):
    return np.concatenate((np.asarray(t1).flatten('F'), np.asarray(t2).flatten('F')))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    t1_len = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.matrix(nn_params[:t1_len].reshape((hidden_layer_size, input_layer_size + 1), order='F'))
    theta2 = np.matrix(nn_params[t1_len:].reshape((num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    y = np.asarray(y).reshape(m)

    Y = np.matrix(np.zeros((m, num_labels)))
    for k in range(1, num_labels + 1):
        Y[:, k - 1] = np.matrix(y == k).T

    a1 = np.matrix(np.c_[np.ones(m), X])
    z2 = a1 * theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a2 = np.matrix(a2)
    z3 = a2 * theta2.T
    a3 = sigmoid(z3)

    J = -np.sum(np.multiply(Y, np.log(a3)) + np.multiply(1 - Y, np.log(1 - a3))) / m
    J = J + lmbda / (2.0 * m) * (np.sum(np.power(theta1, 2)) + np.sum(np.power(theta2, 2)))

    delta3 = a3 - Y
    delta2 = np.multiply(delta3 * theta2[:, 1:], sigmoid_gradient(a2[:, 1:]))

    theta1_grad = (delta2.T * a1) / m + (lmbda / m) * theta1
    theta2_grad = (delta3.T * a2) / m + (lmbda / m) * theta2

    return float(J), unroll(theta1_grad, theta2_grad)
