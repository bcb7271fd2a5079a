import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    err = X @ theta - y
    return float(np.sum(err ** 2) / (2 * m))


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent; y and theta may be 1-D or column vectors
    (as long as both are the same kind)."""
    m = y.shape[0]
    J_history = np.zeros(num_iters)
    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[i] = compute_cost_multi(X, y, theta)
    return theta, J_history
