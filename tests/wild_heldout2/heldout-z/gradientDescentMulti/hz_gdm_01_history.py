import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    diff = X @ theta - y
    return np.sum(diff ** 2) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for i in range(num_iters):
        # save the cost for this iteration
        J_history[i] = computeCostMulti(X, y, theta)
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))

    return theta, J_history
