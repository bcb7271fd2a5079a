import numpy as np

from utils.sigmoid import sigmoid
from utils.sigmoid_gradient import sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    split = hidden_layer_size * (input_layer_size + 1)
    # octave unrolls column by column -> order='F'
    theta1 = np.matrix(np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order='F'))
    theta2 = np.matrix(np.reshape(nn_params[split:], (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)

    # feed forward
    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)

    # y is 1..num_labels
    y_onehot = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        y_onehot[i, int(y.flat[i]) - 1] = 1

    first = np.multiply(-y_onehot, np.log(h))
    second = np.multiply(1 - y_onehot, np.log(1 - h))
    J = np.sum(first - second) / m
    J += (float(reg) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backprop, all examples at once
    d3 = h - y_onehot
    d2 = np.multiply(d3 * theta2[:, 1:], sigmoid_gradient(z2))

    delta1 = d2.T * a1 / m
    delta2 = d3.T * a2 / m
    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * reg) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * reg) / m

    grad = np.concatenate((np.asarray(delta1).ravel(order='F'), np.asarray(delta2).ravel(order='F')))
    return J, grad
