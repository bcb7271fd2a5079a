import numpy as np


def sigmoid(z):
    return 1/(1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_=0.1):
    # y is the (m,) vector y == c for the class being trained
    m = y.size
    if y.dtype == bool:
        y = y.astype(int)

    one = np.dot(y, np.log(sigmoid(np.dot(X, theta))))
    two = np.dot((1 - y), np.log(sigmoid(1 - np.dot(X, theta))))
    J = -1/m * (one + two)

    grad = 1/m * np.dot(sigmoid(np.dot(X, theta)) - y, X)

    # regularization (theta_0 excluded)
    J = J + lambda_/(2*m) * np.sum(theta[1:] ** 2)
    grad[1:] = grad[1:] + lambda_/m * theta[1:]

    return J, grad
