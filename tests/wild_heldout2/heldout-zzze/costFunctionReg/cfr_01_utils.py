import numpy as np

from utils.sigmoid import sigmoid


def costFunctionReg(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient.

    theta comes in 1-D (scipy.optimize style), y as loaded from the data file.
    """
    m = y.size
    y = y.flatten()

    h = sigmoid(X.dot(theta))

    temp = theta.copy()
    temp[0] = 0

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2 * m)) * np.sum(temp ** 2)

    grad = (1 / m) * X.T.dot(h - y) + (lambda_ / m) * temp
    return J, grad
