import numpy as np
from scipy.special import expit


def costFunctionReg(theta, X, y, lmbda):
    """Regularized logistic regression cost and gradient.

    theta is 1-D (as scipy.optimize passes it); y may be (m,) or (m, 1).
    """
    y = y.flatten()
    m = y.size

    h = expit(X.dot(theta))

    J = (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h))) / m \
        + lmbda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad
