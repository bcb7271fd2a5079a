from numpy import *


def computeCost(X, y, theta):
    m = len(y)
    errors = X.dot(theta) - y
    J = 1 / (2 * m) * sum(errors ** 2)
    return J


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = zeros((num_iters, 1))

    for i in xrange(num_iters):
        theta = theta - alpha / m * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCost(X, y, theta)
        if i % 100 == 0:
            print "iteration %d, cost %f" % (i, J_history[i])

    return theta, J_history
