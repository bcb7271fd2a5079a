import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    J = 1.0 / (2 * m) * np.sum(np.square(np.dot(X, theta) - y))
    return J


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for i in xrange(num_iters):
        theta = theta - alpha * (1 / m) * np.dot(X.T, np.dot(X, theta) - y)
        J_history[i] = computeCostMulti(X, y, theta)
        if i % 100 == 0:
            print "iteration", i, "cost", J_history[i]

    return theta, J_history
