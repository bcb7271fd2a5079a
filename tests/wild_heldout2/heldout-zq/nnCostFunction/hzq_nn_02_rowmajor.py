import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda):
    """Cost and gradient for the 2 layer network.

    params : weights flattened with numpy's default (row by row) order,
             params = np.r_[Theta1.ravel(), Theta2.ravel()]
    y      : digit labels 0..num_labels-1 (we relabel the 10 -> 0 when loading)
    """
    m = X.shape[0]
    t1_size = hidden_size * (input_size + 1)
    Theta1 = params[:t1_size].reshape(hidden_size, input_size + 1)
    Theta2 = params[t1_size:].reshape(num_labels, hidden_size + 1)

    y = y.ravel()
    Y = np.eye(num_labels)[y]

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    h = sigmoid(a2 @ Theta2.T)

    cost = -(Y * np.log(h) + (1 - Y) * np.log(1 - h)).sum() / m
    cost += lmbda / (2 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    delta3 = h - Y
    delta2 = (delta3 @ Theta2)[:, 1:] * sigmoid(z2) * (1 - sigmoid(z2))

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1[:, 1:] += lmbda / m * Theta1[:, 1:]
    D2[:, 1:] += lmbda / m * Theta2[:, 1:]

    return cost, np.r_[D1.ravel(), D2.ravel()]
