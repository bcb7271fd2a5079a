import numpy as np

from ex1utils.compute_cost import compute_cost


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent.

    X: (m, 2) design matrix with the ones column, y: (m, 1), theta: (2, 1).
    Returns the final theta and the cost after every iteration.
    """
    m = y.shape[0]
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for it in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[it] = compute_cost(X, y, theta)

    return theta, J_history
