import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    J = 0.0
    for i in range(m):
        h = theta[0] * X[i, 0] + theta[1] * X[i, 1]
        J += (h - y[i]) ** 2
    return float(J / (2 * m))


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    theta = np.array(theta, dtype=float).flatten()
    y = np.array(y, dtype=float).flatten()
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        J_history[it] = computeCost(X, y, theta)
        # update every parameter theta_j
        for j in range(len(theta)):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j])

    return theta, J_history
