import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lambda_):
    """Vectorised regularised logistic regression cost + gradient.

    theta comes in 1-D from scipy.optimize.minimize; y may be (m,) or the
    (m, 1) column straight out of loadmat.
    """
    m = y.size
    y = y.reshape(-1)
    h = expit(X.dot(theta))

    temp = theta.copy()
    temp[0] = 0

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2 * m)) * np.sum(np.square(temp))

    grad = (1 / m) * (h - y).dot(X) + (lambda_ / m) * temp
    return J, grad
