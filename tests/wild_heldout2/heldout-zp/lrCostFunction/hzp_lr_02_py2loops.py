# coding: utf-8
# ML ex3 - one vs all, regularized logistic regression cost
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lmbda):
    m, n = X.shape
    y = y.flatten()
    h = sigmoid(X.dot(theta))

    J = 0.0
    for i in xrange(m):
        J -= y[i] * np.log(h[i]) + (1 - y[i]) * np.log(1 - h[i])
    J = J / m

    reg = 0.0
    for j in xrange(1, n):
        reg += theta[j] ** 2
    J += lmbda / (2 * m) * reg

    grad = np.zeros(n)
    for j in xrange(n):
        grad[j] = np.sum((h - y) * X[:, j]) / m
        if j > 0:
            grad[j] += lmbda / m * theta[j]

    return J, grad


if __name__ == '__main__':
    X = np.array([[1.0, 0.1, 0.6], [1.0, 0.2, 0.7], [1.0, 0.3, 0.8]])
    print lrCostFunction(np.array([-2.0, -1.0, 1.0]), X, np.array([[1], [0], [1]]), 3)
