import numpy as np

def computeCost(X, y, theta):
    m = len(y)
    predictions = X.dot(theta)
    sqErrors = (predictions - y) ** 2
    J = 1 / (2 * m) * np.sum(sqErrors)
    print "Cost: %f" % J
    return J
