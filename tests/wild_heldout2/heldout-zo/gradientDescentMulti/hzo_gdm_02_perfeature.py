import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    J = np.sum(np.square(X.dot(theta) - y)) / (2 * m)
    return J


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    theta = theta.astype(float)
    J_history = np.zeros((num_iters, 1))

    for iter in range(num_iters):
        # Save the cost J in every iteration
        J_history[iter] = computeCostMulti(X, y, theta)

        for j in range(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((h - y) * X[:, j].reshape(m, 1))

    return theta, J_history
