import numpy as np
from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_reg, return_grad=False):
    m = len(y)
    y = y.flatten()

    h = sigmoid(np.dot(X, theta))

    J = (-1.0 / m) * (np.dot(y, np.log(h)) + np.dot(1 - y, np.log(1 - h)))
    J = J + (float(lambda_reg) / (2 * m)) * np.sum(np.power(theta[2:], 2))

    grad = (1.0 / m) * np.dot(X.T, h - y) + (float(lambda_reg) / m) * theta

    if return_grad:
        return J, grad.flatten()
    return J
