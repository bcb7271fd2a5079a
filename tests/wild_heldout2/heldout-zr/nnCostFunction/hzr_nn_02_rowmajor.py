import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def unroll(Theta1, Theta2):
    # flatten both weight matrices into one long vector (numpy default order)
    return np.concatenate((Theta1.flatten(), Theta2.flatten()))


def roll(params, input_size, hidden_size, num_labels):
    t1_size = hidden_size * (input_size + 1)
    Theta1 = params[:t1_size].reshape(hidden_size, input_size + 1)
    Theta2 = params[t1_size:].reshape(num_labels, hidden_size + 1)
    return Theta1, Theta2


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda):
    # y holds class indices 0..num_labels-1 (digit 0 is class 0, not 10)
    Theta1, Theta2 = roll(params, input_size, hidden_size, num_labels)
    m = len(X)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2.dot(Theta2.T))

    Y = np.eye(num_labels)[y.reshape(-1)]

    cost = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    cost += lmbda / (2 * m) * (np.sum(np.square(Theta1[:, 1:])) +
                               np.sum(np.square(Theta2[:, 1:])))

    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] += lmbda / m * Theta1[:, 1:]
    D2[:, 1:] += lmbda / m * Theta2[:, 1:]

    return cost, unroll(D1, D2)
