import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    return np.sum((X @ theta - y) ** 2) / m


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    m = y.shape[0]
    J_history = []
    for i in range(num_iters):
        J_history.append(compute_cost_multi(X, y, theta))
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
    return theta, np.array(J_history)
