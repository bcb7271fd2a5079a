from numpy import *


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    predictions = dot(X, theta)
    sqErrors = (predictions - y) ** 2
    J = 1 / (2 * m) * sum(sqErrors)
    return J


if __name__ == '__main__':
    X = array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3]], dtype=float)
    y = array([[399900.0], [329900.0], [369000.0]])
    print 'cost at theta = 0:', computeCostMulti(X, y, zeros((3, 1)))
