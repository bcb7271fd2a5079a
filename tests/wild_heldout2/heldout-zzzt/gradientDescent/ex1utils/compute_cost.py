import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    err = X @ theta - y
    return float(np.sum(err ** 2) / (2 * m))
