import numpy as np


def compute_cost(X, y, theta):
    """Linear regression cost J(theta) = 1/(2m) * sum((X.theta - y)^2)."""
    m = y.size
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    return np.sum(sq_errors) / (2 * m)
