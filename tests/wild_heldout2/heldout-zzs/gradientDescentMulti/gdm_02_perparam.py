import numpy as np


def compute_cost_multi(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = []

    for it in range(num_iters):
        for j in range(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, [j]])
        J_history.append(compute_cost_multi(X, y, theta))

    return theta, np.array(J_history)
