import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def unroll(Theta1, Theta2):
    """Flatten the weights (row by row) into one vector for the optimiser."""
    return np.concatenate((Theta1.flatten(), Theta2.flatten()))


def roll(params, input_layer_size, hidden_layer_size, num_labels):
    cut = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:cut].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[cut:].reshape(num_labels, hidden_layer_size + 1)
    return Theta1, Theta2


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Returns J, Theta1_grad, Theta2_grad.

    params must come from unroll() (row-major); the gradient blocks are
    returned as matrices, call unroll() on them to get a flat vector.
    """
    Theta1, Theta2 = roll(params, input_layer_size, hidden_layer_size, num_labels)
    m = X.shape[0]

    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(np.dot(a2, Theta2.T))

    cost = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    cost += lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = h - Y
    delta2 = np.dot(delta3, Theta2)[:, 1:] * sigmoid(z2) * (1 - sigmoid(z2))

    Theta1_grad = np.dot(delta2.T, a1) / m
    Theta2_grad = np.dot(delta3.T, a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    return cost, Theta1_grad, Theta2_grad
