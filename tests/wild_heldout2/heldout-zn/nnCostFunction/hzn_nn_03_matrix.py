import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.matrix(np.reshape(nn_params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[t1_size:], (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]
    y = np.array(y).flatten()

    # y as a matrix of 0/1 rows
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = np.sum(np.multiply(-Y, np.log(h)) - np.multiply(1 - Y, np.log(1 - h))) / m
    J += reg / m * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    d3 = h - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoid_gradient(z2))

    Theta1_grad = (d2.T * a1) / m + (reg / m) * Theta1
    Theta2_grad = (d3.T * a2) / m + (reg / m) * Theta2

    grad = np.concatenate((np.asarray(Theta1_grad).ravel(order='F'),
                           np.asarray(Theta2_grad).ravel(order='F')))
    return J, grad
