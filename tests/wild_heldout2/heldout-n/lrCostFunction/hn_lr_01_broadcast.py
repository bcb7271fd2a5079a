import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lmbda):
    """Regularized logistic regression cost + gradient, vectorized.
    theta comes from scipy.optimize (1-D)."""
    m = len(y)
    h = expit(X.dot(theta))

    reg_cost = (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)
    J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m + reg_cost

    reg_grad = (lmbda / m) * theta
    reg_grad[0] = 0
    grad = X.T.dot(h - y) / m + reg_grad
    return J, grad
