import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, lambda_):
    """
    Regularized logistic regression cost and gradient.
    theta : (n,) parameters (intercept first), X : (m, n) with the ones column,
    y : labels 0/1, (m,) or (m, 1)
    """
    theta = theta.flatten()
    y = y.flatten()
    m = y.size

    h = sigmoid(X.dot(theta))

    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m \
        + (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad
