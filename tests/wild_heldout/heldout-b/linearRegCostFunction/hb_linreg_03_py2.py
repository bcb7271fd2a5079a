# ex5: regularized linear regression cost / gradient
import numpy as np


def linearRegCostFunction(X, y, theta, lmbda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = np.dot(X, theta)
    reg = lmbda / m

    J = np.sum(np.square(h - y)) / (2.0 * m) + reg / 2.0 * np.sum(np.square(theta[1:]))

    grad = np.dot(X.T, h - y) / float(m)
    grad[1:] = grad[1:] + reg * theta[1:]

    return J, grad.flatten()


if __name__ == '__main__':
    X = np.array([[1., -15.9], [1., -29.2], [1., 36.2], [1., 37.5]])
    y = np.array([[2.1], [1.2], [34.4], [36.8]])
    J, grad = linearRegCostFunction(X, y, np.array([1, 1]), 1)
    print 'Cost at theta = [1 ; 1]: %f' % J
    print 'Gradient at theta = [1 ; 1]:', grad
