import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    inner = np.power((X * theta) - y, 2)
    return np.sum(inner) / (2 * m)


def gradientDescent(X, y, theta, alpha, iters):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = len(y)
    cost = np.zeros((iters, 1))

    for i in range(iters):
        error = (X * theta) - y
        theta = theta - (alpha / m) * (X.T * error)
        cost[i] = computeCost(X, y, theta)

    return theta, cost
