import numpy as np

def computeCostMulti(X, y, theta):
    m = len(y)
    predictions = np.dot(X, theta)
    sqErrors = np.power(predictions - y, 2)
    J = 1/(2*m) * np.sum(sqErrors)
    print "J =", J
    return J
