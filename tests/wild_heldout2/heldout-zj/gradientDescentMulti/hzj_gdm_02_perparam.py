import numpy as np


def compute_cost_multi(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """
    Batch gradient descent for linear regression with several features.
    Works on flat arrays: y (m,), theta (n,)
    """
    y = y.ravel()
    theta = theta.ravel().copy()
    m = len(y)
    n = len(theta)
    J_history = []

    for i in range(num_iters):
        J_history.append(compute_cost_multi(X, y, theta))
        for j in range(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j])

    return theta, np.array(J_history)
