import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def unroll(Theta1, Theta2):
    # we keep everything in numpy's native (row-major) order
    return np.concatenate([Theta1.flatten(), Theta2.flatten()])


def nn_cost_function(params, input_layer_size, hidden_layer_size, K, X, y, lmbda):
    """Cost + gradient for the 2-layer network.

    params : Theta1 and Theta2 flattened with unroll() above (row-major)
    y      : labels 0..K-1 (we relabelled the '10' digit as 0 when loading)
    returns J, grad (grad flattened the same way as params)
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:n1].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[n1:].reshape(K, hidden_layer_size + 1)

    m = len(X)
    y = np.asarray(y).reshape(-1)

    A1 = np.c_[np.ones(m), X]
    Z2 = A1 @ Theta1.T
    A2 = np.c_[np.ones(m), sigmoid(Z2)]
    H = sigmoid(A2 @ Theta2.T)

    Y = np.eye(K)[y]

    cost = -(Y * np.log(H) + (1 - Y) * np.log(1 - H)).sum() / m
    penalty = (Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum()
    J = cost + lmbda * penalty / (2 * m)

    D3 = H - Y
    D2 = (D3 @ Theta2[:, 1:]) * sigmoid(Z2) * (1 - sigmoid(Z2))

    G1 = D2.T @ A1 / m
    G2 = D3.T @ A2 / m
    G1[:, 1:] += lmbda / m * Theta1[:, 1:]
    G2[:, 1:] += lmbda / m * Theta2[:, 1:]

    return J, unroll(G1, G2)
