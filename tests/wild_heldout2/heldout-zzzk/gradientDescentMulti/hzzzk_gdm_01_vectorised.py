import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCostMulti(X, y, theta)

    return theta, J_history
