import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost(theta, X, y):
    """Logistic regression cost. theta is 1-D (fmin_tnc / minimize style)."""
    m = len(y)
    y = y.flatten()
    h = sigmoid(np.dot(X, theta))
    return (1.0 / m) * (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h)))


def gradient(theta, X, y):
    m = len(y)
    y = y.flatten()
    h = sigmoid(np.dot(X, theta))
    return (1.0 / m) * np.dot(X.T, h - y)


# result = opt.fmin_tnc(func=cost, x0=theta, fprime=gradient, args=(X, y))
