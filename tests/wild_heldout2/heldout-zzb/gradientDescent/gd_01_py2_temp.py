from numpy import *


def computeCost(X, y, theta):
    m = len(y)
    return sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.flatten()
    theta = theta.flatten()
    J_history = zeros((num_iters, 1))

    for it in xrange(num_iters):
        J_history[it] = computeCost(X, y, theta)

        theta[0] = theta[0] - alpha * (1.0 / m) * sum(X.dot(theta) - y)
        theta[1] = theta[1] - alpha * (1.0 / m) * sum((X.dot(theta) - y) * X[:, 1])

        if it % 500 == 0:
            print "iteration", it, "cost", J_history[it]

    return theta, J_history
