import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = np.dot(X, theta) - y
    return np.sum(err ** 2) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        for j in range(n):
            h = np.dot(X, theta)
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((h - y) * X[:, j:j + 1])
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history
