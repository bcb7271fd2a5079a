import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum(np.power(X.dot(theta) - y, 2)) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    theta = theta.copy()
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, [j]])
        J_history[it] = computeCost(X, y, theta)
        if it % 500 == 0:
            print "iteration %d, cost %f" % (it, J_history[it])

    return theta, J_history
