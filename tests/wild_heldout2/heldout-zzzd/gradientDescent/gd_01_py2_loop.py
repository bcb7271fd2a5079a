# ex1 - linear regression with one variable
# (python 2.7)
import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    J = np.sum(np.power(X.dot(theta) - y, 2)) / (2.0 * m)
    return J


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(theta.shape[0]):
            error = X.dot(theta) - y
            theta[j] = theta[j] - (alpha / m) * np.sum(error * X[:, [j]])
        J_history[it] = computeCost(X, y, theta)
        if it % 100 == 0:
            print "iter", it, "cost", J_history[it][0]

    return theta, J_history


if __name__ == '__main__':
    X = np.c_[np.ones(5), np.arange(5.0)]
    y = np.array([[1.0], [3.0], [5.0], [7.0], [9.0]])
    theta, J = gradientDescent(X, y, np.zeros((2, 1)), 0.01, 1500)
    print theta
