import numpy as np


def compute_cost_multi(X, y, theta):
    m = X.shape[1]
    predictions = X.dot(theta.flatten())
    sq_errors = (predictions - y) ** 2
    return np.sum(sq_errors) / (2 * m)
