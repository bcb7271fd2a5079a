import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    """Cost and gradient of the 2-layer network.

    params : Theta1 and Theta2 flattened with .ravel() and concatenated
    y      : class labels 0 .. num_labels-1 (as produced by our load_data)
    """
    t1_end = hidden_size * (input_size + 1)
    theta1 = params[:t1_end].reshape(hidden_size, input_size + 1)
    theta2 = params[t1_end:].reshape(num_labels, hidden_size + 1)

    m = X.shape[0]
    Y = np.eye(num_labels)[y.flatten()]

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2 @ theta2.T)

    cost = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    cost += reg / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    delta3 = h - Y
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += reg / m * theta1[:, 1:]
    grad2[:, 1:] += reg / m * theta2[:, 1:]

    return cost, np.concatenate([grad1.ravel(), grad2.ravel()])
