from numpy import *


def computeCost(X, y, theta):
    # number of training examples
    m = len(y)

    predictions = dot(X, theta)
    sqErrors = (predictions - y) ** 2

    J = 1 / (2 * m) * sum(sqErrors)

    print "cost:", J
    return J
