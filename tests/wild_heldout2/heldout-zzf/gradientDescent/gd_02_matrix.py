import numpy as np


def compute_cost(X, y, theta):
    m = X.shape[0]
    err = X * theta - y
    return (err.T * err).item() / m


def gradient_descent(X, y, theta, alpha, num_iters):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta, dtype=float).reshape(-1, 1)
    m = X.shape[1]
    J_history = np.zeros((num_iters, 1))
    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T * (X * theta - y))
        J_history[i] = compute_cost(X, y, theta)
    return theta, J_history
