import numpy as np

from utils.sigmoid import sigmoid


def costFunctionReg(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient.

    theta comes in flat from scipy.optimize.minimize; y can be (m,) or (m, 1).
    """
    theta = theta.ravel()
    y = y.ravel()
    m = y.size

    h = sigmoid(X.dot(theta))

    reg_cost = (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)
    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) + reg_cost

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad
