import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.flatten()
    theta = theta.flatten().astype(float)
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        for j in range(len(theta)):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha * (1 / m) * np.sum((h - y) * X[:, j])
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
