import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return err.dot(err) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    y = y.flatten()
    theta = theta.flatten()
    J_history = np.zeros(num_iters)

    for it in xrange(num_iters):
        for j in xrange(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j])
        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
