from numpy import *


def computeCost(X, y, theta):
    m = len(y)
    return sum(power(X.dot(theta) - y, 2)) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(theta.shape[0]):
            theta[j] = theta[j] - alpha / m * sum((X.dot(theta) - y) * X[:, [j]])

        J_history[it] = computeCost(X, y, theta)

    print 'Theta found by gradient descent:', theta.T
    return theta, J_history
