import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def add_intercept(X):
    return np.column_stack((np.ones(X.shape[0]), X))


def cost(theta, X, y):
    """Logistic regression cost. X is the raw feature matrix (no ones column)."""
    X = add_intercept(X)
    y = y.flatten()
    h = sigmoid(X @ theta)
    return -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / len(y)


def gradient(theta, X, y):
    """Gradient of cost() w.r.t. theta, same (raw X) convention."""
    X = add_intercept(X)
    y = y.flatten()
    h = sigmoid(X @ theta)
    return X.T @ (h - y) / len(y)


# usage:
# res = scipy.optimize.minimize(cost, np.zeros(n + 1), args=(X, y), jac=gradient, method='TNC')
