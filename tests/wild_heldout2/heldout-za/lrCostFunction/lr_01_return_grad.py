import numpy as np
from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_reg, return_grad=False):
    # LRCOSTFUNCTION Compute cost and gradient for logistic regression with
    # regularization
    m = len(y)  # number of training examples
    y = y.flatten()
    theta = theta.flatten()

    h = sigmoid(X.dot(theta))

    one = y * np.log(h)
    two = (1 - y) * np.log(1 - h)
    reg = (float(lambda_reg) / (2 * m)) * np.sum(theta[1:] ** 2)
    J = -(1. / m) * np.sum(one + two) + reg

    grad = (1. / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (float(lambda_reg) / m) * theta[1:]

    if return_grad:
        return J, grad.flatten()
    else:
        return J
