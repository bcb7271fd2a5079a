import numpy as np


def computeCostMulti(X, y, theta):
    # COMPUTECOSTMULTI Compute cost for linear regression with multiple variables
    m = len(y)  # number of training examples

    error = np.dot(X, theta.flatten()) - y.flatten()
    J = np.dot(error, error) / (2 * m)

    return J
