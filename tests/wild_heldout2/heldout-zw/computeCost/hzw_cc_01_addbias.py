import numpy as np


def compute_cost(x, y, theta):
    """Linear regression cost for ONE feature.

    x is the raw feature column (the population in ex1data1), the column of
    ones is added here so callers don't have to remember it.
    """
    m = len(y)
    X = np.column_stack((np.ones(m), np.asarray(x).reshape(m)))
    y = np.asarray(y).reshape(m)
    theta = np.asarray(theta).reshape(2)

    h = X.dot(theta)
    return np.sum(np.square(h - y)) / (2 * m)
