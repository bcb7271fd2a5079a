import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_=0.0):
    """Cost of the 2-layer network and the gradient of each weight matrix.

    params is [Theta1.ravel(), Theta2.ravel()] (numpy's default row order).
    Returns J, Theta1_grad, Theta2_grad.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)
    y = y.reshape(-1)

    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    s2 = sigmoid(z2)
    a2 = np.insert(s2, 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    penalty = (Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum()
    J = cost + lambda_ * penalty / (2 * m)

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * s2 * (1 - s2)

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
