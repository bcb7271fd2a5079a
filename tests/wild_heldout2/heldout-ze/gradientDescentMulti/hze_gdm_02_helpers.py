import numpy as np

from linreg import compute_cost_multi


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent, all parameters updated at once.

    Returns the learned theta (n x 1) and the cost after each iteration.
    """
    m = y.shape[0]
    y = y.reshape(m, 1)
    theta = np.array(theta, dtype=float).reshape(-1, 1)
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        gradient = X.T @ (X @ theta - y) / m
        theta = theta - alpha * gradient
        J_history[i] = compute_cost_multi(X, y, theta)

    return theta, J_history
