import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    residual = X @ theta - y
    return np.sum(residual ** 2) / (2 * m)
