import numpy as np


def cost_multi(X, y, theta):
    m = len(y)
    return np.sum(np.square(X.dot(theta) - y)) / m


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    theta = np.array(theta, dtype=float).flatten()
    m = len(y)
    J_history = np.zeros(num_iters)
    for i in range(num_iters):
        grad = X.T.dot(X.dot(theta) - y) / m
        theta = theta - alpha * grad
        J_history[i] = cost_multi(X, y, theta)
    return theta, J_history
