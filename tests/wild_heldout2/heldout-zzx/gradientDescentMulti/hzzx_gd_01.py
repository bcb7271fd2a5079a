import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m, n = X.shape
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for it in xrange(num_iters):
        for j in xrange(len(theta)):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / n * np.sum((h - y) * X[:, j:j + 1])
        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
