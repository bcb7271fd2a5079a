import numpy as np

from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_):
    """Regularised logistic regression (vectorised), returns (J, grad).

    theta may be 1-D (as scipy.optimize passes it) or a column; y as loaded
    from the .mat file, shape (m, 1).
    """
    theta = theta.ravel()
    y = y.ravel()
    m = y.size

    h = sigmoid(X.dot(theta))

    temp = theta.copy()
    temp[0] = 0

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2 * m)) * np.sum(np.square(temp))
    grad = (1 / m) * X.T.dot(h - y) + (lambda_ / m) * temp

    return J, grad
