import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    err = X @ theta - y
    return np.sum(err ** 2) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent.

    X: (m, 2) with the column of ones, y: targets, theta: initial parameters.
    Returns theta as a column vector and the cost after every iteration.
    """
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[i] = compute_cost(X, y, theta)

    return theta, J_history
