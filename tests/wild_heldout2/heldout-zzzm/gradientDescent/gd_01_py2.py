from numpy import *


def computeCost(X, y, theta):
    m = len(y)
    return sum(power(X.dot(theta) - y, 2)) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    # X is m x 2 (ones column first), y is m x 1, theta is 2 x 1
    m = len(y)
    J_history = zeros((num_iters, 1))
    theta = theta.copy()

    for it in xrange(num_iters):
        theta[0] = theta[0] - alpha / m * sum(X.dot(theta) - y)
        theta[1] = theta[1] - alpha / m * sum((X.dot(theta) - y) * X[:, 1:2])

        J_history[it] = computeCost(X, y, theta)
        if it % 500 == 0:
            print "iteration %d, cost = %f" % (it, J_history[it])

    return theta, J_history
