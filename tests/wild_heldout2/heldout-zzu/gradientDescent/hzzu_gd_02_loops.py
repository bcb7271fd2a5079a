import numpy as np


def compute_cost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent, one parameter at a time."""
    m = len(y)
    theta = theta.astype(float).copy()
    J_history = np.zeros(num_iters)
    n = len(theta)

    for it in range(num_iters):
        J_history[it] = compute_cost(X, y, theta)
        for j in range(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j].reshape(h.shape))

    return theta, J_history
