# ex5 - regularized linear regression (python 2.7)
import numpy as np


def linearRegCostFunction(X, y, theta, lamb):
    m = len(y)
    theta = theta.reshape((X.shape[1], 1))
    y = y.reshape((m, 1))

    hx = np.dot(X, theta)
    J = np.sum(np.square(hx - y)) / (2.0 * m)
    J = J + (lamb / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = np.zeros(theta.shape)
    for j in xrange(len(theta)):
        grad[j] = np.sum((hx - y) * X[:, j:j + 1]) / m
        if j > 0:
            grad[j] = grad[j] + (lamb / m) * theta[j]

    return J, grad.flatten()


if __name__ == '__main__':
    X = np.array([[1., 1.], [1., 2.], [1., 3.]])
    y = np.array([[1.], [2.], [3.]])
    print linearRegCostFunction(X, y, np.array([1., 1.]), 1)
