import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    return np.sum(np.square(X.dot(theta) - y)) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent for linear regression.

    X : (m, n) with the column of ones, y : (m, 1), theta : (n, 1)
    """
    m = y.shape[0]
    theta = theta.copy()
    J_history = []

    for it in range(num_iters):
        for j in range(theta.shape[0]):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, [j]])
        J_history.append(compute_cost(X, y, theta))

    return theta, np.array(J_history)
