# ex1_multi.py -- gradient descent with multiple variables
# (python 2.7)
import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    total = 0.0
    for i in xrange(m):
        total += (np.dot(X[i, :], theta) - y[i]) ** 2
    return total / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    theta = theta.astype(float).flatten()
    y = y.flatten()
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j])
        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print "iteration %d cost %f" % (it, J_history[it])

    return theta.reshape(n, 1), J_history
