import numpy as np


def linear_reg_cost(theta, X, y, lmbda):
    m = X.shape[0]
    theta = np.asarray(theta).flatten()
    y = np.asarray(y).flatten()
    residual = X @ theta - y
    return (residual @ residual) / (2 * m) + (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)


def linear_reg_grad(theta, X, y, lmbda):
    m = X.shape[0]
    theta = np.asarray(theta).flatten()
    y = np.asarray(y).flatten()
    residual = X @ theta - y
    grad = (X.T @ residual) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad


# usage: scipy.optimize.fmin_cg(linear_reg_cost, theta0, fprime=linear_reg_grad, args=(X, y, 1.0))
