import numpy as np


def compute_cost_multi(X, y, theta):
    """Squared error cost for multivariate linear regression."""
    m = y.shape[0]
    theta = theta.flatten()          # works with scipy.optimize too
    predictions = X @ theta
    sq_errors = (predictions - y) ** 2
    return np.sum(sq_errors) / (2 * m)
