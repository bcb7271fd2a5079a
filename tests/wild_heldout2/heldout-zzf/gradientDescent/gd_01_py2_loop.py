import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for it in xrange(num_iters):
        for j in xrange(len(theta)):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j].reshape(-1, 1))
        J_history[it] = computeCost(X, y, theta)
        if it % 100 == 0:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
