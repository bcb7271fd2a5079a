import numpy as np


def computeCost(X, y, theta):
    """Linear regression cost J(theta) = 1/(2m) * sum((X*theta - y)^2).

    X: design matrix with the column of ones, y: targets, theta: parameters
    (either flat or a column, both work).
    """
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)

    inner = np.power((X * theta) - y, 2)
    return np.sum(inner) / (2 * len(X))
