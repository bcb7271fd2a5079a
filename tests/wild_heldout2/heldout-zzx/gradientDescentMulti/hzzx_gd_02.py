import numpy as np


def compute_cost_multi(X, y, theta):
    """Squared-error cost of linear regression."""
    m = y.shape[0]
    predictions = X @ theta
    return np.sum((predictions - y) ** 2) / m


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Run num_iters steps of batch gradient descent.

    Returns the learned theta and the cost after each step.
    """
    theta = np.array(theta, dtype=float).flatten()
    m = y.shape[0]
    J_history = []

    for _ in range(num_iters):
        error = X @ theta - y
        theta = theta - (alpha / m) * (X.T @ error)
        J_history.append(compute_cost_multi(X, y, theta))

    return theta, np.array(J_history)
