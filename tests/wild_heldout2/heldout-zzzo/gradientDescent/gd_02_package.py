import numpy as np

from linreg_utils import compute_cost


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent.

    X: (m, 2) with the column of ones, y: (m, 1), theta: (2, 1).
    Returns the learned theta (2, 1) and the cost after every iteration.
    """
    m = y.shape[0]
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1)
    J_history = []
    for _ in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history.append(compute_cost(X, y, theta))
    return theta, np.array(J_history)
