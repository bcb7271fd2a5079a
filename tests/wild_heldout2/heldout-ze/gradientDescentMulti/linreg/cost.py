import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    r = X @ theta - y
    return (r.T @ r).item() / (2 * m)
