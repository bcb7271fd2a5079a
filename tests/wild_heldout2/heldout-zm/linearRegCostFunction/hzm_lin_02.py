import numpy as np


def linear_reg_cost(X, y, theta, reg):
    """Regularized linear regression cost and gradient.

    X     : (m, n+1) design matrix, first column ones
    y     : (m, 1) targets (straight from ex5data1.mat)
    theta : (n+1,) parameters
    reg   : lambda
    """
    m = X.shape[0]
    theta = theta.flatten()

    h = X.dot(theta)
    J = (1 / (2 * m)) * np.sum(np.square(h - y)) + (reg / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * X.T.dot(h - y.ravel())
    grad[1:] = grad[1:] + (reg / m) * theta[1:]

    return J, grad
