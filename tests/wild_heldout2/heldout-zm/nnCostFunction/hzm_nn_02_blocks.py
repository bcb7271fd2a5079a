import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, K, X, y, Lambda):
    """Cost + gradient of the 2 layer network.

    params -- both weight matrices flattened with numpy (theta1.flatten(),
              theta2.flatten() concatenated, i.e. row by row)
    y      -- labels 1..K as loaded from the .mat file (m x 1)

    returns J, theta1_grad, theta2_grad  (gradients kept as matrices, I
    flatten them in the training loop)
    """
    n1 = hidden_size * (input_size + 1)
    theta1 = params[:n1].reshape(hidden_size, input_size + 1)
    theta2 = params[n1:].reshape(K, hidden_size + 1)

    m = len(X)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2 @ theta2.T)

    # y is m x 1, labels start at 1
    y_mat = np.zeros((m, K))
    for i in range(m):
        y_mat[i, y[i, 0] - 1] = 1

    cost = -np.sum(y_mat * np.log(a3) + (1 - y_mat) * np.log(1 - a3)) / m
    cost += Lambda / (2 * m) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    delta3 = a3 - y_mat
    delta2 = (delta3 @ theta2)[:, 1:] * (a2[:, 1:] * (1 - a2[:, 1:]))

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += Lambda / m * theta1[:, 1:]
    theta2_grad[:, 1:] += Lambda / m * theta2[:, 1:]

    return cost, theta1_grad, theta2_grad
