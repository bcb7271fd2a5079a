import numpy as np
from scipy.optimize import minimize


def linear_reg_cost(theta, X, y, reg):
    """Regularized linear regression cost and gradient.

    The parameters come first so the function can be handed straight to
    scipy.optimize.minimize(..., jac=True).
    """
    m = X.shape[0]
    y = y.ravel()
    err = X @ theta - y

    J = err @ err / (2 * m) + reg / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ err / m
    grad[1:] = grad[1:] + reg / m * theta[1:]
    return J, grad


def train_linear_reg(X, y, reg):
    init = np.zeros(X.shape[1])
    res = minimize(linear_reg_cost, init, args=(X, y, reg), jac=True,
                   method='CG', options={'maxiter': 200})
    return res.x
