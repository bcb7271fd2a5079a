import numpy as np


def compute_cost(X, y, theta):
    m = len(y)
    return np.sum((X @ theta - y) ** 2) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.reshape(-1)
    theta = np.array(theta, dtype=float).reshape(-1)
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        J_history[it] = compute_cost(X, y, theta)
        theta[0] = theta[0] - alpha / m * np.sum(X @ theta - y)
        theta[1] = theta[1] - alpha / m * np.sum((X @ theta - y) * X[:, 1])

    return theta, J_history
