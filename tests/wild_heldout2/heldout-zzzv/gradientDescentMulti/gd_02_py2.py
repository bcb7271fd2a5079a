import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    J = np.sum(np.square(X.dot(theta) - y)) / (2.0 * m)
    return J


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    theta = theta.copy()
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        # update every parameter
        for j in xrange(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j:j + 1])

        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print "iteration %d, cost %f" % (it, J_history[it])

    return theta, J_history
