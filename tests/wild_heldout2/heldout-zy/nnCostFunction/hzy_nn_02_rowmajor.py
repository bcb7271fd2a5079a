import numpy as np

from ml_utils.sigmoid import sigmoid


# Parameters are stored row by row (numpy's default flatten), i.e.
# params = np.concatenate([Theta1.flatten(), Theta2.flatten()]),
# and the labels are 0..K-1 (as in sklearn's digits), not 1..K.

def nnCostFunction(params, input_size, hidden_size, K, X, y, reg):
    Theta1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    Theta2 = params[hidden_size * (input_size + 1):].reshape(K, hidden_size + 1)

    m = len(X)
    y = y.flatten()

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    h = sigmoid(a2.dot(Theta2.T))

    Y = np.zeros((m, K))
    Y[np.arange(m), y] = 1

    cost = (-Y * np.log(h) - (1 - Y) * np.log(1 - h)).sum() / m
    cost += reg / (2.0 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * a2[:, 1:] * (1 - a2[:, 1:])

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] += reg / m * Theta1[:, 1:]
    D2[:, 1:] += reg / m * Theta2[:, 1:]

    return cost, np.concatenate([D1.flatten(), D2.flatten()])
