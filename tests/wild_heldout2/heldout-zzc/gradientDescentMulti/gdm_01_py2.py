import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return err.T.dot(err)[0, 0] / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for i in xrange(num_iters):
        theta = theta - alpha * (1 / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCostMulti(X, y, theta)
        if i % 100 == 0:
            print "iteration", i, "cost", J_history[i]

    return theta, J_history
