import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    residual = X @ theta - y
    return float(np.sum(residual ** 2) / (2 * m))


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent; returns the final theta and the cost history."""
    y = y.flatten()
    m = y.shape[0]
    J_history = []

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history.append(compute_cost_multi(X, y, theta))

    return theta, np.array(J_history)
