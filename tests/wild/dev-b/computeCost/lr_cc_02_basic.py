import numpy as np

# computeCost for ex1
# X : m x 2 matrix (with the ones column), y : targets, theta : parameters
def computeCost(X, y, theta):
    m = len(y)
    J = 0
    predictions = X.dot(theta)
    sqErrors = (predictions - y) ** 2
    J = 1.0 / (2 * m) * np.sum(sqErrors)
    return J
