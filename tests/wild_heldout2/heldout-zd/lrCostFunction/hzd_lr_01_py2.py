# ex3 - one-vs-all logistic regression
# python 2.7
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lamb):
    m = len(y)
    theta = theta.reshape((X.shape[1], 1))
    y = y.reshape((m, 1))

    h = sigmoid(X.dot(theta))

    reg_theta = theta.copy()
    reg_theta[0] = 0

    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m
    J = J + lamb / (2 * m) * np.sum(reg_theta ** 2)

    grad = X.T.dot(h - y) / m + lamb / m * reg_theta

    return J[0, 0], grad.flatten()


if __name__ == '__main__':
    X = np.c_[np.ones(5), np.arange(1, 16).reshape(5, 3, order='F') / 10.0]
    y = np.array([1, 0, 1, 0, 1])
    J, grad = lrCostFunction(np.array([-2.0, -1, 1, 2]), X, y, 3)
    print 'Cost: %f' % J
    print 'Gradients:'
    print grad
