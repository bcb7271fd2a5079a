from numpy import *


def computeCost(X, y, theta):
    m = len(y)
    return sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    theta = theta.copy()
    J_history = zeros((num_iters, 1))

    for iter in xrange(num_iters):
        J_history[iter] = computeCost(X, y, theta)

        h = X.dot(theta)
        theta[0] = theta[0] - alpha * (1.0 / m) * sum(h - y)
        h = X.dot(theta)
        theta[1] = theta[1] - alpha * (1.0 / m) * sum((h - y) * X[:, 1:2])

        if iter % 100 == 0:
            print "iteration", iter, "cost", J_history[iter]

    return theta, J_history
