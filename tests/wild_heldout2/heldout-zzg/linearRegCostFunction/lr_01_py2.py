import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = X.dot(theta)
    J = 1.0 / (2 * m) * np.sum(np.square(h - y)) + lambda_ / (2 * m) * np.sum(np.square(theta[1:]))

    grad = 1.0 / m * X.T.dot(h - y) + lambda_ / m * np.vstack(([[0]], theta[1:]))

    return J, grad.flatten()


if __name__ == '__main__':
    X = np.array([[1, -15.9], [1, -29.2], [1, 36.2]])
    y = np.array([[2.1], [1.2], [34.4]])
    J, grad = linearRegCostFunction(X, y, np.array([1.0, 1.0]), 1)
    print 'Cost at theta = [1 ; 1]: %f' % J
    print 'Gradient at theta = [1 ; 1]:', grad
