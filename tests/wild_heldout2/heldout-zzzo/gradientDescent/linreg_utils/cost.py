import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    r = X @ theta - y
    return float(np.sum(r ** 2) / (2 * m))
