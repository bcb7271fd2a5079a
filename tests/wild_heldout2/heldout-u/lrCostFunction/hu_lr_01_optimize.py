import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lambda_):
    """Regularized logistic regression cost + gradient.

    theta comes in 1-D (that's what scipy.optimize.minimize passes),
    y can be the (m, 1) column straight out of loadmat.
    """
    m = y.size
    y = y.reshape(-1)
    h = expit(X @ theta)

    temp = theta.copy()
    temp[0] = 0   # don't regularize the intercept

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(temp ** 2)
    grad = X.T @ (h - y) / m + lambda_ / m * temp
    return J, grad
