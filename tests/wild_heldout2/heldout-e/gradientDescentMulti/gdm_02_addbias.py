import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    inner = np.power(X.dot(theta) - y, 2)
    return np.sum(inner) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, iters):
    # X comes straight from the (normalized) data file: add the intercept here
    X = np.column_stack((np.ones(X.shape[0]), X))
    y = y.ravel()
    theta = theta.ravel()
    m = len(y)
    cost = np.zeros(iters)

    for i in range(iters):
        error = X.dot(theta) - y
        theta = theta - (alpha / m) * X.T.dot(error)
        cost[i] = computeCost(X, y, theta)

    return theta, cost
