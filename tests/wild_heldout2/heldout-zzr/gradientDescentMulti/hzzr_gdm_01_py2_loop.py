import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return err.T.dot(err) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    # X: m x (n+1) with the column of ones, y: m x 1, theta: (n+1) x 1
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for it in xrange(num_iters):
        J_history[it] = computeCostMulti(X, y, theta)
        for j in xrange(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, [j]])

        if it % 100 == 0:
            print "iteration %d, cost %f" % (it, J_history[it])

    return theta, J_history
