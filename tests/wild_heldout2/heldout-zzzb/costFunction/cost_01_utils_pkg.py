import numpy as np

from utils.sigmoid import sigmoid


def costFunction(theta, X, y):
    """Compute cost and gradient for logistic regression.

    theta comes from scipy.optimize as a 1-D array; y can be (m,) or (m, 1).
    X already contains the intercept column.
    """
    m = y.size
    y = y.flatten()
    theta = theta.flatten()

    h = sigmoid(X.dot(theta))

    J = -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m

    return J, grad
