import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_reg(theta, X, y, lmbda):
    m = len(y)
    h = sigmoid(X @ theta)
    first = -y * np.log(h)
    second = (1 - y) * np.log(1 - h)
    reg = (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)
    return np.sum(first - second) / m + reg


def gradient_reg(theta, X, y, lmbda):
    m = len(y)
    h = sigmoid(X @ theta)
    error = h - y.ravel()
    grad = (X.T @ error) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad

# theta_opt = opt.fmin_tnc(func=cost_reg, x0=theta, fprime=gradient_reg, args=(X, y, 1))
