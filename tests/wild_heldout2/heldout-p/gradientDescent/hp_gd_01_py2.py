from numpy import *


def computeCost(X, y, theta):
    m = y.size
    predictions = X.dot(theta).flatten()
    sqErrors = (predictions - y) ** 2
    J = (1.0 / (2 * m)) * sqErrors.sum()
    return J


def gradientDescent(X, y, theta, alpha, num_iters):
    '''
    Performs gradient descent to learn theta
    by taking num_items gradient steps with learning
    rate alpha
    '''
    m = y.size
    theta = theta.copy()
    J_history = zeros(shape=(num_iters, 1))

    for i in xrange(num_iters):
        predictions = X.dot(theta).flatten()
        for j in xrange(theta.size):
            errors = (X.dot(theta).flatten() - y) * X[:, j]
            theta[j][0] = theta[j][0] - alpha * (1.0 / m) * errors.sum()

        J_history[i, 0] = computeCost(X, y, theta)
        if i % 100 == 0:
            print 'iteration', i, 'cost', J_history[i, 0]

    return theta, J_history
