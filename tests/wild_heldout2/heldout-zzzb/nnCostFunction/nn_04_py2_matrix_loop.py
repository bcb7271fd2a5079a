# -*- coding: utf-8 -*-
# Neural network cost function (ex4), per-example backprop
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return np.multiply(g, 1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.matrix(np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(np.column_stack((np.ones(m), X)))

    J = 0.0
    Delta1 = np.matrix(np.zeros(Theta1.shape))
    Delta2 = np.matrix(np.zeros(Theta2.shape))

    for t in xrange(m):
        a1 = X[t, :].T
        z2 = Theta1 * a1
        a2 = np.vstack((np.matrix([[1.0]]), sigmoid(z2)))
        a3 = sigmoid(Theta2 * a2)

        yk = np.matrix(np.zeros((num_labels, 1)))
        yk[y[t] - 1] = 1

        J = J - (yk.T * np.log(a3) + (1 - yk).T * np.log(1 - a3))[0, 0]

        d3 = a3 - yk
        d2 = np.multiply(Theta2[:, 1:].T * d3, sigmoidGradient(z2))
        Delta2 = Delta2 + d3 * a2.T
        Delta1 = Delta1 + d2 * a1.T

    J = J / m
    J = J + (lamb / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lamb / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lamb / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.A1, Theta2_grad.T.A1))
    return J, grad


if __name__ == '__main__':
    Theta1 = np.sin(np.arange(1, 13)).reshape(3, 4) / 10
    Theta2 = np.cos(np.arange(1, 9)).reshape(2, 4) / 10
    params = np.concatenate((Theta1.T.ravel(), Theta2.T.ravel()))
    X = np.sin(np.arange(1, 10)).reshape(3, 3)
    y = np.array([[1], [2], [1]])
    J, grad = nnCostFunction(params, 3, 3, 2, X, y, 1)
    print 'Cost at test parameters: %f' % J
