import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    r = X @ theta - y
    return (r ** 2).sum() / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1)
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[i] = computeCostMulti(X, y, theta)

    return theta, J_history
