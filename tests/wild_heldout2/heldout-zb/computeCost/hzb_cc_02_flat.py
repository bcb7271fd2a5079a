import numpy as np


def compute_cost(X, y, theta):
    """Squared error cost for linear regression.

    X : (m, 2) with the ones column
    y : targets
    theta : parameters
    """
    y = y.flatten()
    m = len(y)
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    return np.sum(sq_errors) / (2 * m)
