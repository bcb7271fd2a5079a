import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        for j in range(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, [j]])
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
