import numpy as np
from scipy.special import expit


def sigmoid(z):
    return expit(z)


def costFunction(theta, X, y):
    """Logistic regression cost and gradient.

    theta arrives flat from scipy.optimize.minimize; y can be the (m, 1)
    column from loadmat or a flat vector. grad is returned flat so it can be
    used directly as jac=True.
    """
    theta = theta.flatten()
    y = y.flatten()
    m = y.size

    h = sigmoid(X.dot(theta))
    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m
    return J, grad
