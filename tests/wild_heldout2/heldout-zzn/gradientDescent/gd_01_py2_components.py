import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2.0 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    theta = theta.copy()
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(theta.shape[0]):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j:j + 1])
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history


if __name__ == '__main__':
    X = np.c_[np.ones(4), np.array([1.0, 2.0, 3.0, 4.0])]
    y = np.array([[2.0], [4.1], [5.9], [8.2]])
    theta, J = gradientDescent(X, y, np.zeros((2, 1)), 0.01, 100)
    print 'theta found by gradient descent:', theta.ravel()
