import numpy as np

from utils.sigmoid import sigmoid


def cost_function_reg(theta, X, y, lmbda):
    # y comes from loadmat / loadtxt, make everything flat
    y = np.ravel(y)
    theta = np.ravel(theta)
    m = y.size

    h = sigmoid(np.dot(X, theta))

    first = np.dot(-y, np.log(h))
    second = np.dot(1 - y, np.log(1 - h))
    J = (first - second) / m + (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)

    grad = np.dot(X.T, h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad
