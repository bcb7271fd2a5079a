import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    residual = X.dot(theta) - y
    return np.sum(residual ** 2) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    """Batch gradient descent; X has the column of ones already."""
    y = np.asarray(y, dtype=float).flatten()
    theta = np.array(theta, dtype=float).flatten()
    m = len(y)
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCost(X, y, theta)

    return theta, J_history
