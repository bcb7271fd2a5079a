import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    err = X @ theta - y
    return np.sum(err ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent for multivariate linear regression.

    X is the (normalised) feature matrix *without* the column of ones; the
    intercept column is prepended here.  theta has n + 1 entries.
    """
    m = X.shape[0]
    X = np.hstack([np.ones((m, 1)), X])
    y = y.reshape(-1, 1)
    theta = np.array(theta, dtype=float).reshape(-1, 1)

    J_history = np.zeros(num_iters)
    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[i] = compute_cost_multi(X, y, theta)

    return theta, J_history
