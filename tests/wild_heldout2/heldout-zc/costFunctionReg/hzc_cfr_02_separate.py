import numpy as np
from scipy.special import expit


def cost_function_reg(theta, X, y, lmbda):
    """Regularized logistic regression cost (theta[0] is not penalised)."""
    m = y.size
    h = expit(X @ theta)
    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    J += lmbda / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def gradient_reg(theta, X, y, lmbda):
    """Gradient of cost_function_reg, for scipy.optimize.minimize(jac=...)."""
    m = y.size
    h = expit(X @ theta)
    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad


# usage:
# res = minimize(cost_function_reg, initial_theta, args=(X, y.ravel(), 1.0),
#                jac=gradient_reg, method='BFGS')
