# -*- coding: utf-8 -*-
from __future__ import division, print_function

import numpy as np

try:
    xrange
except NameError:  # python 3
    xrange = range


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels,
                   X, y, Lambda, verbose=False):
    """
    NNCOSTFUNCTION Implements the neural network cost function for a two layer
    neural network which performs classification
    [J grad] = NNCOSTFUNCTON(nn_params, hidden_layer_size, num_labels, X, y, lambda)
    """
    # Theta1 = reshape(nn_params(1:hidden_layer_size * (input_layer_size + 1)), ...)
    end1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:end1], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[end1:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.flatten()

    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    # loop over the training examples, as suggested in the pdf
    for t in xrange(m):
        a1 = np.hstack(([1.0], X[t, :]))
        z2 = Theta1.dot(a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1.0

        J += np.sum(-yk * np.log(a3) - (1.0 - yk) * np.log(1.0 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(z2)

        Delta2 += np.outer(d3, a2)
        Delta1 += np.outer(d2, a1)

    J = J / m
    J += (Lambda / (2.0 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    if verbose:
        print("cost: %f" % J)

    # grad = [Theta1_grad(:) ; Theta2_grad(:)];
    grad = np.hstack((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
