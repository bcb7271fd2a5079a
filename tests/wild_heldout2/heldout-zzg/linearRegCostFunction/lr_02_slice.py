import numpy as np


def linear_reg_cost_function(X, y, theta, lmbda):
    m = len(y)
    y = y.ravel()
    theta = theta.ravel()

    err = X.dot(theta) - y

    # theta(2:end) in Octave -> skip the bias term
    J = err.dot(err) / (2 * m) + lmbda / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T.dot(err) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad
