import numpy as np
from scipy.special import expit


def costFunctionReg(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient.

    theta comes in 1-D (scipy.optimize.minimize passes it that way),
    y is whatever loadmat / loadtxt gave us.
    """
    m = y.size
    y = y.reshape(-1)
    h = expit(X.dot(theta))

    J = (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h))) / m \
        + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return J, grad

# res = scipy.optimize.minimize(costFunctionReg, initial_theta, args=(X, y, 1.0),
#                               jac=True, method='TNC')
