"""A port written in the deep-learning-course convention: one example per COLUMN of X.

Octave's nnCostFunction takes X as (m, n), one example per row. This port
computes ``Theta1 @ a1`` with ``a1`` of shape (n + 1, m): given Octave's X it
fails on the first matrix product. Given X.T it is right.

Expected finding: x-transposed
Run:  portcheck compare nnCost --python examples/x_transposed.py:nnCostFunction
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    n, h, K = int(input_layer_size), int(hidden_layer_size), int(num_labels)
    Theta1 = nn_params[:h * (n + 1)].reshape((h, n + 1), order="F")
    Theta2 = nn_params[h * (n + 1):].reshape((K, h + 1), order="F")
    m = X.shape[1]                                   # BUG: examples are the rows of Octave's X

    a1 = np.vstack([np.ones((1, m)), X])             # (n + 1, m)
    z2 = Theta1 @ a1                                 # (h, m)
    a2 = np.vstack([np.ones((1, m)), sigmoid(z2)])
    a3 = sigmoid(Theta2 @ a2)                        # (K, m)

    Y = np.zeros((K, m))
    Y[np.asarray(y).astype(int).ravel() - 1, np.arange(m)] = 1

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    d3 = a3 - Y
    d2 = (Theta2[:, 1:].T @ d3) * sigmoid(z2) * (1 - sigmoid(z2))
    Theta1_grad = d2 @ a1.T / m
    Theta2_grad = d3 @ a2.T / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    return J, np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
