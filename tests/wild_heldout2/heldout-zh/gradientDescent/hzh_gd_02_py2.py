import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    y = y.flatten()
    theta = np.array(theta, dtype=float).flatten()
    m = len(y)
    n = len(theta)
    J_history = np.zeros(num_iters)

    for i in xrange(num_iters):
        J_history[i] = computeCost(X, y, theta)
        for j in xrange(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j])

    print "theta found by gradient descent:", theta
    return theta, J_history
