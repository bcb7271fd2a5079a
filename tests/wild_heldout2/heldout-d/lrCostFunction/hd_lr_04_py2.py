from numpy import *


def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))


def lrCostFunction(theta, X, y, lamda):
    m, n = X.shape
    theta = theta.reshape(n, 1)
    y = y.reshape(m, 1)

    h = sigmoid(X.dot(theta))

    J = (1.0 / m) * (-y.T.dot(log(h)) - (1 - y).T.dot(log(1 - h)))
    J = J + lamda / (2 * m) * sum(theta[1:] ** 2)

    grad = zeros((n, 1))
    for j in xrange(n):
        grad[j] = (1.0 / m) * sum((h - y) * X[:, j:j + 1])
        if j > 0:
            grad[j] = grad[j] + (lamda / m) * theta[j]

    print "cost:", J[0, 0]
    return J[0, 0], grad.flatten()
