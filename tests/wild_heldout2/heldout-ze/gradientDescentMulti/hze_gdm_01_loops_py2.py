import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    diff = X.dot(theta).flatten() - y.flatten()
    return diff.dot(diff) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        # update every theta_j
        for j in xrange(n):
            h = X.dot(theta).flatten()
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((h - y.flatten()) * X[:, j])

        J_history[it] = computeCostMulti(X, y, theta)
        if it % 100 == 0:
            print 'iteration', it, 'cost', J_history[it]

    return theta, J_history
