import numpy as np
from sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_):
    # y: 1-D 0/1 vector for the current class (y == c)
    m = len(y)
    h = sigmoid(X.dot(theta))

    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m + lambda_ / (2.0 * m) * np.sum(theta[2:] ** 2)

    # don't regularize the intercept
    temp = theta
    temp[0] = 0
    grad = X.T.dot(h - y) / m + lambda_ / m * temp

    return J, grad
