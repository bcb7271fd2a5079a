import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum(np.square(X.dot(theta) - y)) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.reshape(m, 1)
    theta = theta.reshape(2, 1).astype(float)
    J_history = np.zeros((num_iters, 1))

    for i in xrange(num_iters):
        theta[0] = theta[0] - alpha * (1.0 / m) * np.sum(X.dot(theta) - y)
        theta[1] = theta[1] - alpha * (1.0 / m) * np.sum((X.dot(theta) - y) * X[:, 1].reshape(m, 1))
        J_history[i] = computeCost(X, y, theta)
        if i % 100 == 0:
            print "iteration", i, "cost", J_history[i][0]

    return theta, J_history
