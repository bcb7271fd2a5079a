# -*- coding: utf-8 -*-
"""
ex4 in python (2.7) -- neural network cost function + backpropagation
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb, verbose=False):
    s1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:s1], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[s1:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.flatten()

    X = np.hstack((np.ones((m, 1)), X))
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)
    J = 0.0

    for i in xrange(m):
        a1 = X[i, :]
        z2 = np.dot(Theta1, a1)
        a2 = np.hstack((1.0, sigmoid(z2)))
        a3 = sigmoid(np.dot(Theta2, a2))

        yv = np.zeros(num_labels)
        yv[y[i] - 1] = 1.0

        J += np.sum(-yv * np.log(a3) - (1.0 - yv) * np.log(1.0 - a3))

        d3 = a3 - yv
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoidGradient(z2)
        Delta2 += np.outer(d3, a2)
        Delta1 += np.outer(d2, a1)

    J = J * (1.0 / m)

    # regularization (skip bias column)
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = J + (lamb / (2 * m)) * reg

    Theta1_grad = Delta1 * (1.0 / m)
    Theta2_grad = Delta2 * (1.0 / m)
    Theta1_grad[:, 1:] += (lamb / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lamb / m) * Theta2[:, 1:]

    if verbose:
        print "cost:", J

    grad = np.hstack((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
