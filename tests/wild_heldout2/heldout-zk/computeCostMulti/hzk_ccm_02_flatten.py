import numpy as np


def computeCostMulti(X, y, theta):
    # y comes in as a column (m, 1), theta from the optimizer is 1-D
    m = y.shape[0]
    theta = theta.flatten()
    errors = X.dot(theta) - y
    J = np.sum(errors ** 2) / (2 * m)
    return J
