import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    J = np.sum((X.dot(theta) - y) ** 2) / (2 * m)
    return J


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for i in xrange(num_iters):
        for j in xrange(len(theta)):
            theta[j] = theta[j] - (alpha / m) * np.sum((X.dot(theta) - y) * X[:, [j]])

        J_history[i] = computeCost(X, y, theta)

    return theta, J_history


if __name__ == '__main__':
    X = np.c_[np.ones(5), np.arange(5.0)]
    y = np.array([[1.0], [2.0], [2.5], [4.0], [5.0]])
    theta, J_history = gradientDescent(X, y, np.zeros((2, 1)), 0.01, 1500)
    print 'Theta found by gradient descent: ', theta.ravel()
