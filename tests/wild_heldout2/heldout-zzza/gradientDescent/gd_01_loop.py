import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum(np.square(X.dot(theta) - y)) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1)
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        h = X.dot(theta)
        theta = theta - (alpha / m) * X.T.dot(h - y)
        J_history[i] = computeCost(X, y, theta)

    return theta, J_history
