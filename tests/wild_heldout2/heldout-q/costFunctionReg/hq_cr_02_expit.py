import numpy as np
from scipy.special import expit


def cost_function_reg(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient.

    theta comes in flat (that's what scipy.optimize.minimize hands us),
    y can be the (m, 1) column straight from the data file.
    """
    theta = theta.reshape(-1)
    y = y.reshape(-1)
    m = y.size

    h = expit(X.dot(theta))

    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m \
        + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]

    return J, grad
