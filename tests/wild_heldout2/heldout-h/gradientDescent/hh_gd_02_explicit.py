import numpy as np


def compute_cost(X, y, theta):
    m = y.size
    h = X @ theta
    return ((h - y) ** 2).sum() / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    y = y.ravel()
    m = y.size
    J_history = []
    for it in range(num_iters):
        # theta_0 := theta_0 - alpha * 1/m * sum(h - y)
        h = X @ theta.ravel()
        theta[0] = theta[0] - alpha / m * np.sum(h - y)
        # theta_1 := theta_1 - alpha * 1/m * sum((h - y) * x)
        h = X @ theta.ravel()
        theta[1] = theta[1] - alpha / m * np.sum((h - y) * X[:, 1])
        J_history.append(compute_cost(X, y, theta.ravel()))
    return theta, np.array(J_history)
