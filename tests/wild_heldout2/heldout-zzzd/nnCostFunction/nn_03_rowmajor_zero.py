import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def unroll(theta1, theta2):
    """Flatten both weight matrices into one vector (numpy row order)."""
    return np.concatenate([theta1.ravel(), theta2.ravel()])


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Cost + gradient for the 2-layer net.

    nn_params is unrolled with unroll() above (row by row), and the returned
    gradient is unrolled the same way. y holds class indices 0..num_labels-1
    (digit 0 is class 0, no more "10").
    """
    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:t1_size].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = nn_params[t1_size:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    y = y.reshape(-1)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(_sigmoid(z2), 0, 1, axis=1)
    h = _sigmoid(a2 @ theta2.T)

    y_mat = np.zeros((m, num_labels))
    y_mat[np.arange(m), y] = 1

    cost = np.sum(-y_mat * np.log(h) - (1 - y_mat) * np.log(1 - h)) / m
    cost += lmbda / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    d3 = h - y_mat
    s = _sigmoid(z2)
    d2 = (d3 @ theta2[:, 1:]) * s * (1 - s)

    grad1 = d2.T @ a1 / m
    grad2 = d3.T @ a2 / m
    grad1[:, 1:] += lmbda / m * theta1[:, 1:]
    grad2[:, 1:] += lmbda / m * theta2[:, 1:]

    return cost, unroll(grad1, grad2)
