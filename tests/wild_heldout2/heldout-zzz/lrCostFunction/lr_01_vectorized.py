import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lambda_):
    m = y.size
    y = y.reshape(-1)
    theta = theta.reshape(-1)

    h = expit(X.dot(theta))

    temp = theta.copy()
    temp[0] = 0

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) + (lambda_ / (2 * m)) * np.sum(np.square(temp))
    grad = (1 / m) * (h - y).dot(X) + (lambda_ / m) * temp
    return J, grad
