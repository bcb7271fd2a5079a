import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.size
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    m = y.size
    n = len(theta)
    J_history = []
    for it in range(num_iters):
        for j in range(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j])
        J_history.append(compute_cost_multi(X, y, theta))
    return theta, np.array(J_history)
