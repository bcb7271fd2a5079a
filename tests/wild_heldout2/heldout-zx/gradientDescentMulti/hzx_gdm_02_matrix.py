import numpy as np


def computeCostMulti(X, y, theta):
    inner = np.power((X * theta) - y, 2)
    return np.sum(inner) / (2 * len(X))


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta, dtype=float).reshape(-1, 1)
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        error = X * theta - y
        theta = theta - (alpha / m) * (X.T * error)
        J_history[i] = computeCostMulti(X, y, theta)

    return theta.A1, J_history
