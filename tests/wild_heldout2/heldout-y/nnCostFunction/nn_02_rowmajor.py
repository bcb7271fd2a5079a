import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def unroll(Theta1, Theta2):
    """Flatten the two weight matrices into one vector (row by row)."""
    return np.concatenate((Theta1.ravel(), Theta2.ravel()))


def roll(params, input_layer_size, hidden_layer_size, num_labels):
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[split:].reshape(num_labels, hidden_layer_size + 1)
    return Theta1, Theta2


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # params are built with unroll() above, so they are row-major all the way
    Theta1, Theta2 = roll(params, input_layer_size, hidden_layer_size, num_labels)
    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    h2 = sigmoid(z2)
    a2 = np.c_[np.ones(m), h2]
    a3 = sigmoid(a2 @ Theta2.T)

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y.ravel() - 1] = 1

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    cost += lmbda / (2.0 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * h2 * (1 - h2)

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1[:, 1:] += lmbda / m * Theta1[:, 1:]
    D2[:, 1:] += lmbda / m * Theta2[:, 1:]

    return cost, unroll(D1, D2)
