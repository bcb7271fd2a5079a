import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    return ((X @ theta - y) ** 2).sum() / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent; X (m, n) with bias column, y (m, 1), theta (n, 1)."""
    m = y.shape[0]
    n = X.shape[1]
    J_history = []

    for it in range(num_iters):
        for j in range(n):
            h = X @ theta
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, [j]])
        J_history.append(compute_cost_multi(X, y, theta))

    return theta, np.array(J_history)
