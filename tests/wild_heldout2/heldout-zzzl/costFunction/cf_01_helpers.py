import numpy as np

from utils.sigmoid import sigmoid


def costFunction(theta, X, y):
    """Cost and gradient of (unregularised) logistic regression.

    X already contains the column of ones. theta may be (n,) or (n, 1),
    y may be (m,) or (m, 1) as loaded from the .mat / .txt files.
    """
    m = y.size
    y = y.reshape(m)
    theta = theta.reshape(-1)

    h = sigmoid(X.dot(theta))

    J = -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m

    return J, grad
