import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def unroll(theta1, theta2):
    """Flatten both weight matrices into one vector (row by row)."""
    return np.concatenate([theta1.flatten(), theta2.flatten()])


def roll(params, input_size, hidden_size, num_labels):
    """Inverse of unroll()."""
    t1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    t2 = params[hidden_size * (input_size + 1):].reshape(num_labels, hidden_size + 1)
    return t1, t2


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda):
    """Cost of the 3-layer network plus the gradient of each weight matrix.

    params is produced by unroll() (row-major). Returns J, grad1, grad2 where
    grad1/grad2 have the shapes of Theta1/Theta2.
    """
    t1, t2 = roll(params, input_size, hidden_size, num_labels)
    m = len(X)

    # one hot encoding of y (labels 1..num_labels)
    y_mat = np.zeros((m, num_labels))
    for i, label in enumerate(y.flatten()):
        y_mat[i, label - 1] = 1

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(t1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2.dot(t2.T)
    h = sigmoid(z3)

    cost = np.sum(-y_mat * np.log(h) - (1 - y_mat) * np.log(1 - h)) / m
    cost += lmbda / (2.0 * m) * (np.sum(np.square(t1[:, 1:])) + np.sum(np.square(t2[:, 1:])))

    d3 = h - y_mat
    d2 = d3.dot(t2[:, 1:]) * sigmoid_prime(z2)

    grad1 = d2.T.dot(a1) / m
    grad2 = d3.T.dot(a2) / m
    grad1[:, 1:] += (lmbda / float(m)) * t1[:, 1:]
    grad2[:, 1:] += (lmbda / float(m)) * t2[:, 1:]

    return cost, grad1, grad2
