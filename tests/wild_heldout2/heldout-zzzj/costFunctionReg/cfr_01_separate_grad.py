import numpy as np
from scipy.special import expit


# cost and gradient are separate so they can be handed to
# scipy.optimize.minimize(fun=cost, jac=gradient, args=(X, y, lmbda))

def cost(theta, X, y, lmbda):
    theta = theta.ravel()
    y = y.ravel()
    m = len(y)
    h = expit(X @ theta)
    J = -(1 / m) * (y @ np.log(h) + (1 - y) @ np.log(1 - h))
    J += lmbda / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def gradient(theta, X, y, lmbda):
    theta = theta.ravel()
    y = y.ravel()
    m = len(y)
    h = expit(X @ theta)
    grad = (X.T @ (h - y)) / m + (lmbda / m) * theta
    return grad
