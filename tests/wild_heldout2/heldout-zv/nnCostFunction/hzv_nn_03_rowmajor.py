import numpy as np

from utils.sigmoid import sigmoid


def unroll(Theta1, Theta2):
    # flatten both weight matrices into one long vector (row by row)
    return np.concatenate([Theta1.flatten(), Theta2.flatten()])


def roll(params, input_layer_size, hidden_layer_size, num_labels):
    t1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:t1].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[t1:].reshape(num_labels, hidden_layer_size + 1)
    return Theta1, Theta2


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    """Cost and gradient of the 2 layer network.

    params is produced by unroll() above (numpy's default row order),
    the gradient comes back in the same layout so it can be fed to
    scipy.optimize.minimize directly.
    """
    Theta1, Theta2 = roll(params, input_layer_size, hidden_layer_size, num_labels)
    m = len(X)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)

    Y = np.eye(num_labels)[y.flatten() - 1]

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    cost += reg / (2 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    g1 = d2.T @ a1 / m
    g2 = d3.T @ a2 / m
    g1[:, 1:] += reg / m * Theta1[:, 1:]
    g2[:, 1:] += reg / m * Theta2[:, 1:]

    return cost, unroll(g1, g2)
