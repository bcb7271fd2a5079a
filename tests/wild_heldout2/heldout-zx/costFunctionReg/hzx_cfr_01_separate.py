import numpy as np
import scipy.optimize as opt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_reg(theta, X, y, lambda_):
    """Regularised logistic cost (for opt.fmin_tnc's func)."""
    theta = theta.ravel()
    y = y.ravel()
    m = y.size
    h = sigmoid(X.dot(theta))
    first = -y.dot(np.log(h))
    second = (1 - y).dot(np.log(1 - h))
    reg = (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)
    return (first - second) / m + reg


def gradient_reg(theta, X, y, lambda_):
    """Gradient of cost_reg (for opt.fmin_tnc's fprime)."""
    theta = theta.ravel()
    y = y.ravel()
    m = y.size
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return grad


def train(X, y, lambda_=1.0):
    theta0 = np.zeros(X.shape[1])
    result = opt.fmin_tnc(func=cost_reg, x0=theta0, fprime=gradient_reg, args=(X, y, lambda_))
    return result[0]
