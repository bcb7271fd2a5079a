import numpy as np


def computeCost(X, y, theta):
    """Compute cost for linear regression"""
    m = y.size
    predictions = X.dot(theta).flatten()
    sqErrors = (predictions - y.flatten()) ** 2
    J = (1 / (2 * m)) * sqErrors.sum()
    return J


if __name__ == '__main__':
    X = np.array([[1, 1], [1, 2], [1, 3]])
    y = np.array([[1], [2], [3]])
    print 'Cost with theta = [0; 0]:', computeCost(X, y, np.zeros((2, 1)))
