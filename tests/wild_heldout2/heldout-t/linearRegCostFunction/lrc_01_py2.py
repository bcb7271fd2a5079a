import numpy as np


def linearRegCostFunction(X, y, theta, lmbda):
    m = len(y)
    theta = theta.reshape((X.shape[1], 1))
    y = y.reshape((m, 1))

    sq = 0
    for i in xrange(m):
        err = X[i, :].dot(theta)[0] - y[i, 0]
        sq += err ** 2

    reg = theta[1:]
    J = 1 / (2 * m) * sq + lmbda / (2.0 * m) * np.sum(reg ** 2)

    grad = (1.0 / m) * X.T.dot(X.dot(theta) - y)
    grad[1:] = grad[1:] + (lmbda / float(m)) * theta[1:]

    print "cost:", J
    return J, grad.flatten()
