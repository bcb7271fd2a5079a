import numpy as np


def compute_cost_multi(X, y, theta):
    """J(theta) = 1/(2m) * sum((X theta - y)^2)

    theta can be passed flat (this is what scipy.optimize gives you)
    """
    theta = theta.flatten()
    m = y.size
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    J = 1.0 / (2 * m) * np.sum(sq_errors)
    return J
