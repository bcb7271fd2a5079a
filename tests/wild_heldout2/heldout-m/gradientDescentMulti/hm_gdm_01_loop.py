import numpy as np


def compute_cost_multi(X, y, theta):
    m = len(y)
    diff = X.dot(theta) - y
    return np.sum(diff ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        for j in range(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j].reshape(-1, 1))
        J_history[it] = compute_cost_multi(X, y, theta)

    return theta, J_history
