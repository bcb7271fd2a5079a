import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    d = X.dot(theta) - y
    return np.sum(d ** 2) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))

    for i in xrange(num_iters):
        for j in xrange(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j:j + 1])
        J_history[i] = computeCostMulti(X, y, theta)
        if i % 100 == 0:
            print "iteration %d  cost %f" % (i, J_history[i])

    return theta, J_history
