import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    m = len(y)
    h = sigmoid(X.dot(theta))
    J = -(1.0 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    grad = (1.0 / m) * X.T.dot(h - y)
    return J, grad


# res = minimize(costFunction, initial_theta, args=(X, y), jac=True, method='TNC')
