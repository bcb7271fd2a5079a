import numpy as np


def compute_cost(X, y, theta):
    inner = np.power((X * theta) - y, 2)
    return np.sum(inner) / (2 * len(X))


def gradient_descent(X, y, theta, alpha, iters):
    """Batch gradient descent.

    X is the raw feature matrix (m x n, *no* intercept column) -- the column of
    ones is inserted here, so theta has n + 1 entries.
    Returns theta as an (n+1) x 1 np.matrix and the cost after every step.
    """
    X = np.matrix(np.insert(np.asarray(X, dtype=float), 0, 1, axis=1))
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    theta = np.matrix(theta, dtype=float).reshape(-1, 1)
    m = X.shape[0]
    cost = np.zeros(iters)

    for i in range(iters):
        error = (X * theta) - y
        theta = theta - (alpha / m) * (X.T * error)
        cost[i] = compute_cost(X, y, theta)

    return theta, cost
