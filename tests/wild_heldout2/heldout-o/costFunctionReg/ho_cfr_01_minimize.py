import numpy as np
from scipy.special import expit


def costFunctionReg(theta, X, y, lambda_):
    """Regularized logistic regression cost + gradient.
    theta is 1-D (that is what scipy.optimize.minimize hands us)."""
    m = y.size
    y = y.ravel()
    theta = theta.ravel()

    h = expit(X.dot(theta))

    J = (1.0 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2.0 * m)) * np.sum(np.square(theta[1:]))

    grad = (1.0 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad


# usage:
# res = scipy.optimize.minimize(costFunctionReg, initial_theta, (X, y, 1.0),
#                               jac=True, method='TNC')
