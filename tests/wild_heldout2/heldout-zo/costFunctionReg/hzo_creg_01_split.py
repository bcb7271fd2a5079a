"""ex2 part 2: regularized logistic regression.

Cost and gradient are separate functions so they can be handed to
scipy.optimize.minimize(fun=cost_function_reg, jac=gradient_reg, ...).
"""
import numpy as np
from scipy.special import expit


def cost_function_reg(theta, X, y, lmbda):
    m = y.size
    y = y.ravel()
    h = expit(X @ theta.ravel())
    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    J += lmbda / (2 * m) * np.sum(theta.ravel()[1:] ** 2)
    return J


def gradient_reg(theta, X, y, lmbda):
    m = y.size
    theta = theta.ravel()
    h = expit(X @ theta)
    grad = X.T @ (h - y.ravel()) / m
    reg = (lmbda / m) * theta
    reg[0] = 0
    return grad + reg
