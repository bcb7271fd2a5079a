import numpy as np


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    err = X * theta - y
    return (err.T * err)[0, 0] / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    """Batch gradient descent, multiple variables (ex1_multi)."""
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta, dtype=float).reshape(-1, 1)
    m = y.shape[0]

    J_history = np.zeros((num_iters, 1))
    for it in range(num_iters):
        theta = theta - (alpha / m) * (X.T * (X * theta - y))
        J_history[it] = computeCostMulti(X, y, theta)

    return np.asarray(theta), J_history
