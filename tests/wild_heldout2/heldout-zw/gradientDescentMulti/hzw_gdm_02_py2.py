import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    d = X.dot(theta) - y
    return d.dot(d) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    # y and theta as flat arrays
    m = len(y)
    n = len(theta)
    J_history = np.zeros(num_iters)

    for it in xrange(num_iters):
        for j in xrange(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j])
        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
