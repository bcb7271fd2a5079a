"""Backprop for the 2-layer digit network.

Labels are 0-based here (class k <-> output unit k), so pass y - 1 if you load
the .mat file.  Returns the two gradient blocks separately, unroll them yourself
(column-major, to match the parameter vector) before handing them to the optimizer.
"""
import numpy as np

from nnlib.activations import sigmoid, sigmoid_gradient


def nn_cost_function(params, input_size, hidden_size, K, X, y, lmbda=0.0):
    n1 = hidden_size * (input_size + 1)
    Theta1 = params[:n1].reshape((hidden_size, input_size + 1), order='F')
    Theta2 = params[n1:].reshape((K, hidden_size + 1), order='F')

    m = X.shape[0]
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)

    Y = (np.reshape(y, (-1, 1)) == np.arange(K)).astype(float)

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    penalty = (Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum()
    J = cost + lmbda * penalty / (2 * m)

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = (d2.T @ a1) / m
    Theta2_grad = (d3.T @ a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
