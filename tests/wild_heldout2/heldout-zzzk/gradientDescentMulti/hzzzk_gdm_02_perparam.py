import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.size
    return np.sum((X @ theta - y) ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent, updating every parameter theta_j in turn."""
    m = y.size
    y = y.ravel()
    theta = np.array(theta, dtype=float).ravel()
    n = theta.size
    J_history = []

    for it in range(num_iters):
        J_history.append(compute_cost_multi(X, y, theta))
        for j in range(n):
            h = X @ theta
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j])

    return theta, np.array(J_history)
