import numpy as np


def cost(X, y, theta):
    m = X.shape[0]
    return np.sum(np.square(X.dot(theta) - y)) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    y = y.flatten()
    m = y.shape[0]
    J_history = np.zeros(num_iters)
    for i in range(num_iters):
        error = X.dot(theta) - y
        theta = theta - alpha * (1.0 / m) * X.T.dot(error)
        J_history[i] = cost(X, y, theta)
    return theta, J_history
