import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    """Cost + gradient for the 2 layer net.

    params : Theta1 and Theta2 flattened with .ravel() (row by row) and concatenated
    y      : class labels 0 .. num_labels-1 (digit 0 is class 0)
    returns (J, grad) with grad flattened the same way as params
    """
    t1_len = hidden_size * (input_size + 1)
    theta1 = params[:t1_len].reshape(hidden_size, input_size + 1)
    theta2 = params[t1_len:].reshape(num_labels, hidden_size + 1)

    m = X.shape[0]
    y = y.reshape(-1)

    # one hot
    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i, y[i]] = 1

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2 @ theta2.T)

    J = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    J = J + reg / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop
    d3 = h - Y
    g = sigmoid(z2)
    d2 = (d3 @ theta2[:, 1:]) * g * (1 - g)

    grad1 = (d2.T @ a1) / m
    grad2 = (d3.T @ a2) / m
    grad1[:, 1:] = grad1[:, 1:] + (reg / m) * theta1[:, 1:]
    grad2[:, 1:] = grad2[:, 1:] + (reg / m) * theta2[:, 1:]

    grad = np.concatenate((grad1.ravel(), grad2.ravel()))
    return J, grad
