import numpy as np

def computeCostMulti(X, y, theta):
    """ J = computeCostMulti(X, y, theta) """
    m = y.shape[0]
    predictions = X.dot(theta).ravel()
    sqrErrors = (predictions - y.ravel()) ** 2
    J = 1 / (2 * m) * np.sum(sqrErrors)
    print "cost: %f" % J
    return J
