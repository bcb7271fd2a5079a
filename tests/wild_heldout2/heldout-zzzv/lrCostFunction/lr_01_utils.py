import numpy as np
from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_):
    """Regularized logistic regression cost, theta is the flat vector minimize() passes."""
    m = y.size
    y = y.ravel()

    h = sigmoid(X.dot(theta))

    temp = theta.copy()
    temp[0] = 0     # no penalty on the intercept

    J = (1.0 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2.0 * m)) * np.sum(temp ** 2)

    grad = (1.0 / m) * X.T.dot(h - y) + (lambda_ / m) * temp

    return J, grad
