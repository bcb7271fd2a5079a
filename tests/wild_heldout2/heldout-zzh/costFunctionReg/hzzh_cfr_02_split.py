import numpy as np
from scipy import optimize


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta, X, y, lambda_):
    """Regularized logistic regression cost (X already contains the ones column)."""
    theta = theta.ravel()
    y = y.ravel()
    m = y.size
    h = sigmoid(X.dot(theta))
    J = (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h))) / m
    J = J + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def gradient_reg(theta, X, y, lambda_):
    """Gradient of cost_function_reg, for optimize.minimize(jac=...)."""
    theta = theta.ravel()
    y = y.ravel()
    m = y.size
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return grad


def fit(X, y, lambda_=1.0):
    initial_theta = np.zeros(X.shape[1])
    res = optimize.minimize(cost_function_reg, initial_theta, args=(X, y, lambda_),
                            jac=gradient_reg, method='BFGS', options={'maxiter': 400})
    return res.x
