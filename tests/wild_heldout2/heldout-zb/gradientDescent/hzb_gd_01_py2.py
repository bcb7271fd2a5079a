from numpy import *


def computeCost(X, y, theta):
    m = len(y)
    J = sum((X.dot(theta) - y) ** 2) / (2.0 * m)
    return J


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = zeros((num_iters, 1))

    for i in xrange(num_iters):
        h = X.dot(theta)
        theta = theta - alpha * (1 / m) * X.T.dot(h - y)
        J_history[i] = computeCost(X, y, theta)
        if i % 500 == 0:
            print 'iter', i, 'cost', J_history[i][0]

    return theta, J_history
