import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    r = X @ theta - y
    return (r @ r) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent; all components of theta updated at once.

    Returns theta (same shape as the theta passed in) and the cost after
    every iteration.
    """
    shape = np.shape(theta)
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.shape[0]
    J_history = []

    for _ in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history.append(compute_cost(X, y, theta))

    return theta.reshape(shape), np.array(J_history)
