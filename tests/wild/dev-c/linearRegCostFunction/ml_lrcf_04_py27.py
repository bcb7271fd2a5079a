# ex5 - Regularized Linear Regression and Bias v.s. Variance
# (python 2.7)
import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    m = y.shape[0]
    theta = theta.reshape((X.shape[1], 1))
    y = y.reshape((m, 1))

    h = X.dot(theta)
    lam_m = Lambda / m

    J = 1.0 / (2 * m) * np.sum(np.power(h - y, 2)) + lam_m / 2 * np.sum(np.power(theta[1:], 2))

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + lam_m * theta[1:]

    return J, grad.flatten()


if __name__ == '__main__':
    X = np.array([[1, -15.9368], [1, -29.1530], [1, 36.1895], [1, 37.4922]])
    y = np.array([[2.1343], [1.1733], [34.3591], [36.8380]])
    J, grad = linearRegCostFunction(X, y, np.array([1, 1]), 1)
    print 'Cost at theta = [1 ; 1]: %f' % J
    print 'Gradient at theta = [1 ; 1]:', grad
