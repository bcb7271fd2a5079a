"""Neural network cost for the ex4 digits network.

Parameters are unrolled in numpy's natural (row-major) order:
    params = np.concatenate([Theta1.ravel(), Theta2.ravel()])
and the gradient comes back unrolled the same way, so it can be handed
straight to scipy.optimize.minimize.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lambda_):
    n1 = hidden_size * (input_size + 1)
    Theta1 = params[:n1].reshape(hidden_size, input_size + 1)
    Theta2 = params[n1:].reshape(num_labels, hidden_size + 1)

    m = X.shape[0]
    Y = np.eye(num_labels)[y.ravel() - 1]      # labels are 1..num_labels

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    s2 = sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = sigmoid(a2 @ Theta2.T)

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * s2 * (1 - s2)

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1[:, 1:] += lambda_ / m * Theta1[:, 1:]
    D2[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return J, np.concatenate([D1.ravel(), D2.ravel()])
