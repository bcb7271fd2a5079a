import numpy as np


def computeCost(X, y, theta):
    # number of training examples
    m = len(y)

    predictions = np.dot(X, theta)
    sqErrors = (predictions - y) ** 2

    J = 1 / (2 * m) * np.sum(sqErrors)
    print "cost:", J
    return J
