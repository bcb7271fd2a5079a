import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    err = X @ theta - y
    return (err @ err) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent for multivariate linear regression.

    X is the (normalized) feature matrix WITHOUT the intercept column; the
    column of ones is added here. theta has n + 1 entries (intercept first).
    Returns the final theta (1-D) and the cost after every iteration.
    """
    m = X.shape[0]
    X = np.column_stack((np.ones(m), X))
    y = np.ravel(y)
    theta = np.array(theta, dtype=float).ravel()

    J_history = np.zeros(num_iters)
    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[i] = compute_cost_multi(X, y, theta)

    return theta, J_history
