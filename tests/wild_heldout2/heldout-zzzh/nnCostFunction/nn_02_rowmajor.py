"""Neural network cost for ex4.

Weights are packed row by row:
    params = np.concatenate([Theta1.ravel(), Theta2.ravel()])
and the gradient comes back packed the same way, so it can be fed straight
to scipy.optimize.minimize.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda):
    split = hidden_size * (input_size + 1)
    Theta1 = params[:split].reshape(hidden_size, input_size + 1)
    Theta2 = params[split:].reshape(num_labels, hidden_size + 1)

    m = len(X)
    y = np.asarray(y).flatten()

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1

    A1 = np.c_[np.ones(m), X]
    Z2 = A1 @ Theta1.T
    A2 = np.c_[np.ones(m), sigmoid(Z2)]
    A3 = sigmoid(A2 @ Theta2.T)

    cost = -(Y * np.log(A3) + (1 - Y) * np.log(1 - A3)).sum() / m
    penalty = (Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum()
    cost = cost + lmbda * penalty / (2 * m)

    D3 = A3 - Y
    S2 = sigmoid(Z2)
    D2 = (D3 @ Theta2[:, 1:]) * S2 * (1 - S2)

    grad1 = D2.T @ A1 / m
    grad2 = D3.T @ A2 / m
    grad1[:, 1:] += lmbda / m * Theta1[:, 1:]
    grad2[:, 1:] += lmbda / m * Theta2[:, 1:]

    return cost, np.concatenate([grad1.ravel(), grad2.ravel()])
