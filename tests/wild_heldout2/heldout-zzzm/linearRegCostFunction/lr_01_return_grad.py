import numpy as np


def linear_reg_cost_function(X, y, theta, lmbda, return_grad=True):
    m = X.shape[0]
    theta = theta.flatten()   # minimize hands us a flat theta anyway

    h = X.dot(theta)
    err = h - y

    J = np.sum(err ** 2) / (2 * m) + lmbda / (2 * m) * np.sum(theta[1:] ** 2)
    if not return_grad:
        return J

    grad = X.T.dot(err) / m
    grad[1:] = grad[1:] + lmbda / (2 * m) * theta[1:]
    return J, grad
