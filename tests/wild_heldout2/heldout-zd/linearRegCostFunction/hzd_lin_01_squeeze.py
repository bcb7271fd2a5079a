import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    """Regularized linear regression cost and gradient (ex5).

    X includes the column of ones, y is the target vector, theta the
    parameter vector. Returns J and the gradient as 1-D array.
    """
    y = np.squeeze(y)
    theta = np.squeeze(theta)
    m = len(y)

    h = X.dot(theta)
    err = h - y

    J = np.sum(err ** 2) / (2 * m) + lambda_ / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T.dot(err) / m
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]

    return J, grad
