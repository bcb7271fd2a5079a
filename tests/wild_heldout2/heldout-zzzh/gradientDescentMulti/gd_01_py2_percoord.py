import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(n):
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((X.dot(theta) - y) * X[:, [j]])
        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print "iteration %d  cost %f" % (it, J_history[it])

    return theta, J_history
