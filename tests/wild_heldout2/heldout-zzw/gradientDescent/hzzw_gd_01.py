import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((np.dot(X, theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros(num_iters)
    theta = theta.copy().astype(float)

    for it in xrange(num_iters):
        for j in xrange(len(theta)):
            h = np.dot(X, theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j].reshape(y.shape))
        J_history[it] = computeCost(X, y, theta)
        if it % 100 == 0:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
