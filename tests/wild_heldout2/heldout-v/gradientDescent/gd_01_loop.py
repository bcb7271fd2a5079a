import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    # X already has the column of ones, theta = [theta0, theta1]
    y = y.flatten()
    theta = theta.flatten()
    m = len(y)
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        J_history[it] = computeCost(X, y, theta)
        for j in range(len(theta)):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j])

    return theta, J_history
