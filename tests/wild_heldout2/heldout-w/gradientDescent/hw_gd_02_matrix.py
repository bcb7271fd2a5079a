import numpy as np


def computeCost(X, y, theta):
    m = y.shape[0]
    err = X * theta - y
    return np.sum(np.power(err, 2)) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = y.shape[0]
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T * (X * theta - y))
        J_history[i] = computeCost(X, y, theta)

    return theta, J_history
