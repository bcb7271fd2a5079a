import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return err.T.dot(err)[0, 0] / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters, verbose=False):
    m = len(y)
    n = X.shape[1]
    y = y.reshape(-1, 1)
    theta = np.array(theta, dtype=float).reshape(-1, 1)
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(n):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j:j + 1])
        J_history[it] = computeCostMulti(X, y, theta)
        if verbose:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
