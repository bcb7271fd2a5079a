import numpy as np


def compute_cost(X, y, theta):
    m = X.shape[0]
    inner = np.power((X * theta) - y, 2)
    return np.sum(inner) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)

    m = len(y)
    cost = np.zeros((num_iters, 1))

    for i in range(num_iters):
        error = X * theta - y
        theta = theta - (alpha / m) * (X.T * error)
        cost[i] = compute_cost(X, y, theta)

    return theta, cost
