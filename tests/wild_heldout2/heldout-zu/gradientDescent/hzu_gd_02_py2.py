import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for iter in xrange(num_iters):
        theta[0] = theta[0] - alpha * (1.0 / m) * np.sum(X.dot(theta) - y)
        theta[1] = theta[1] - alpha * (1.0 / m) * np.sum((X.dot(theta) - y) * X[:, 1:2])

        J_history[iter] = computeCost(X, y, theta)
        if iter % 100 == 0:
            print 'iter %d: cost %f' % (iter, J_history[iter])

    return theta, J_history
