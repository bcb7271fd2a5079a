import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lmbda):
    m, n = X.shape
    theta = theta.reshape((n, 1))   # fmin_cg hands theta over as a flat array
    y = y.flatten()                 # loadmat gives (m, 1)

    h = expit(X.dot(theta))

    J = np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / m
    J += lmbda / (2.0 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad.flatten()
