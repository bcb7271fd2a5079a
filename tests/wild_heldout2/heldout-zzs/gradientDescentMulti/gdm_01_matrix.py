import numpy as np


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    err = X * theta - y
    return (err.T * err).item() / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta, dtype=float).reshape(-1, 1)
    m = y.shape[0]
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        theta = theta - (alpha / m) * (X.T * (X * theta - y))
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history
