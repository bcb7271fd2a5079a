import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    """Cost and gradient of the 2-layer network.

    params is theta1.ravel() followed by theta2.ravel() (numpy's normal
    row-by-row flattening) and the gradient is flattened the same way.
    y holds class indices 0..num_labels-1 (digit 0 is class 0).
    """
    theta1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    theta2 = params[hidden_size * (input_size + 1):].reshape(num_labels, hidden_size + 1)

    m = len(X)
    y = np.asarray(y).flatten()

    # one-hot: row i gets a 1 in column y[i]
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y] = 1

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1.dot(theta1.T)
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2.dot(theta2.T)
    h = sigmoid(z3)

    cost = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m
    cost += reg / (2.0 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    d3 = h - Y
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_gradient(z2)

    grad1 = d2.T.dot(a1) / m
    grad2 = d3.T.dot(a2) / m
    grad1[:, 1:] += reg / float(m) * theta1[:, 1:]
    grad2[:, 1:] += reg / float(m) * theta2[:, 1:]

    return cost, np.concatenate([grad1.ravel(), grad2.ravel()])
