import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    # X: m x (n+1) with the column of ones, y: m x 1, theta: (n+1) x 1
    m = len(y)
    n = X.shape[1]
    theta = np.array(theta, dtype=float)
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        for j in range(n):
            h = X.dot(theta)
            theta[j] = theta[j] - (alpha / m) * np.sum((h - y) * X[:, j:j + 1])
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history
