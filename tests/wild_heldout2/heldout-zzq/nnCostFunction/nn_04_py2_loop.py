# -*- coding: utf-8 -*-
# ex4 - backpropagation, loop version (python 2.7)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0.0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    for i in xrange(1, m):
        a1 = np.hstack(([1.0], X[i, :]))
        z2 = Theta1.dot(a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        a3 = sigmoid(Theta2.dot(a2))

        yv = np.zeros(num_labels)
        yv[y[i] - 1] = 1

        J += np.sum(-yv * np.log(a3) - (1 - yv) * np.log(1 - a3))

        d3 = a3 - yv
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(z2)
        Theta2_grad += np.outer(d3, a2)
        Theta1_grad += np.outer(d2, a1)

    J = J / m
    J += lmbda / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Theta1_grad / m + (lmbda / float(m)) * Theta1
    Theta2_grad = Theta2_grad / m + (lmbda / float(m)) * Theta2

    print "J =", J
    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad
