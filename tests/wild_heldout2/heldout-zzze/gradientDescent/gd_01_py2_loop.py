import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(len(theta)):
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((X.dot(theta) - y) * X[:, j].reshape(y.shape))
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
