import numpy as np
from scipy.optimize import minimize


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    """Logistic regression cost. X is the raw feature matrix (the intercept
    column is added here), y the 0/1 labels."""
    m = len(y)
    X = np.insert(X, 0, 1, axis=1)
    y = np.ravel(y)
    h = sigmoid(X.dot(theta))
    return -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m


def gradient(theta, X, y):
    m = len(y)
    X = np.insert(X, 0, 1, axis=1)
    y = np.ravel(y)
    h = sigmoid(X.dot(theta))
    return X.T.dot(h - y) / m


def fit(X, y):
    initial_theta = np.zeros(X.shape[1] + 1)
    res = minimize(cost, initial_theta, args=(X, y), jac=gradient, method='TNC')
    return res.x
