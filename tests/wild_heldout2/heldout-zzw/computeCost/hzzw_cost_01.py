import numpy as np


def computeCost(X, y, theta):
    """Compute cost for linear regression."""
    m = y.size
    y = y.flatten()
    predictions = X.dot(theta)
    sqErrors = (predictions - y) ** 2
    J = 1.0 / (2 * m) * np.sum(sqErrors)
    return J
