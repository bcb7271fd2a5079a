import numpy as np

# Compute cost for linear regression
def computeCost(X, y, theta):
    m = len(y)
    J = 0
    h = X.dot(theta)          # theta comes in as a flat array, like minimize() passes it
    J = np.sum(np.square(h - y)) / (2 * m)
    return J
