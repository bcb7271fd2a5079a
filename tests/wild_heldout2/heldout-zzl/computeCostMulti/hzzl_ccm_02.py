import numpy as np


def compute_cost_multi(X, y, theta):
    m = len(y)
    predictions = X @ theta.flatten()
    sq_errors = (predictions - y) ** 2
    J = np.sum(sq_errors) / (2 * m)
    return J
