import numpy as np


def linear_reg_cost_function(X, y, theta, lmbda):
    """Regularized linear regression cost and gradient.

    X     : (m, n+1) design matrix with the ones column
    y     : (m,) targets
    theta : (n+1,) parameters
    lmbda : regularization parameter
    """
    m = y.size

    # we don't regularize the intercept
    theta_reg = theta
    theta_reg[0] = 0

    h = X.dot(theta)
    err = h - y

    J = (1.0 / (2 * m)) * np.sum(err ** 2) + (lmbda / (2.0 * m)) * np.sum(theta_reg ** 2)
    grad = (1.0 / m) * X.T.dot(err) + (lmbda / float(m)) * theta_reg

    return J, grad
