import numpy as np
from scipy.special import expit


def lr_cost(theta, lmbda, X, y):
    """Regularized logistic cost (vectorized). Gradient is in lr_grad.

    Signature is (theta, lambda, X, y) so it can be handed to
    scipy.optimize.minimize(lr_cost, theta0, args=(lmbda, X, y), jac=lr_grad)
    """
    m = X.shape[0]
    y = y.reshape(-1)
    h = expit(X @ theta)
    J = -(np.log(h) @ y + np.log(1 - h) @ (1 - y)) / m
    J += lmbda / (2 * m) * (theta[1:] @ theta[1:])
    return J


def lr_grad(theta, lmbda, X, y):
    m = X.shape[0]
    y = y.reshape(-1)
    h = expit(X @ theta)
    reg = np.concatenate(([0], theta[1:])) * lmbda / m
    return X.T @ (h - y) / m + reg
