import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda=0.0):
    """Cost of the 2-layer network and the gradient of each weight matrix.

    params holds Theta1 then Theta2, each flattened row by row
    (np.concatenate([Theta1.ravel(), Theta2.ravel()])).
    Returns J, Theta1_grad, Theta2_grad.
    """
    split = hidden_size * (input_size + 1)
    Theta1 = params[:split].reshape(hidden_size, input_size + 1)
    Theta2 = params[split:].reshape(num_labels, hidden_size + 1)

    m = len(X)
    y = np.asarray(y).reshape(-1)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2 @ Theta2.T)

    Y = (y[:, None] == np.arange(1, num_labels + 1)).astype(float)

    J = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    J = J + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = h - Y
    sg = sigmoid(z2) * (1 - sigmoid(z2))
    delta2 = (delta3 @ Theta2)[:, 1:] * sg

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
