import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    theta = np.ravel(theta)
    predictions = X.dot(theta)
    J = np.sum(np.square(predictions - y)) / (2 * m)
    return J
