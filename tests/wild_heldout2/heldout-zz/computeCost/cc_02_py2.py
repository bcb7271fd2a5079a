import numpy as np

def computeCost(X, y, theta):
    # Compute cost for linear regression
    m = len(y)
    predictions = X.dot(theta)
    sqErrors = (predictions - y) ** 2
    J = 1 / (2 * m) * np.sum(sqErrors)
    print "cost:", J
    return J
