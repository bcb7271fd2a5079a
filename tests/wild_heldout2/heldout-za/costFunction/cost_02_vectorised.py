import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function(theta, X, y):
    """Logistic regression cost J(theta) and its gradient."""
    y = y.ravel()
    theta = theta.ravel()
    m = y.shape[0]
    h = sigmoid(X @ theta)
    J = np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / m
    grad = X.T @ (h - y) / m
    return J, grad
