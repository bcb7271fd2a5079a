import numpy as np
from scipy.special import expit as sigmoid


def lrCostFunction(theta, X, y, lambda_reg, return_grad=False):
    # LRCOSTFUNCTION Compute cost and gradient for logistic regression with
    # regularization
    #   J = LRCOSTFUNCTION(theta, X, y, lambda) computes the cost of using
    #   theta as the parameter for regularized logistic regression and the
    #   gradient of the cost w.r.t. to the parameters.
    m = len(y)  # number of training examples

    h = sigmoid(np.dot(X, theta))

    one = y * np.log(h)
    two = (1 - y) * np.log(1 - h)
    reg = (float(lambda_reg) / (2 * m)) * np.power(theta[1:], 2).sum()
    J = -(1. / m) * (one + two).sum() + reg

    grad = (1. / m) * np.dot(X.T, h - y) + (float(lambda_reg) / m) * theta
    grad[0] = (1. / m) * np.dot(X[:, 0], h - y)

    if return_grad:
        return J, grad.flatten()
    return J
