import numpy as np
from scipy.optimize import minimize


def linear_reg_cost(theta, X, y, reg):
    """Cost and gradient for regularized linear regression.

    theta first so it can go straight into minimize(..., jac=True).
    """
    m = X.shape[0]
    y = y.ravel()
    err = X.dot(theta) - y
    J = err.dot(err) / (2 * m) + reg / (2 * m) * theta[1:].dot(theta[1:])
    grad = X.T.dot(err) / m
    grad[1:] += reg / m * theta[1:]
    return J, grad


def train_linear_reg(X, y, reg):
    init = np.zeros(X.shape[1])
    res = minimize(linear_reg_cost, init, args=(X, y, reg), jac=True,
                   method='CG', options={'maxiter': 200})
    return res.x
