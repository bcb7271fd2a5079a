import numpy as np

from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient (vectorized).

    theta : (n,) as given by scipy.optimize.minimize
    X     : (m, n) with the column of ones
    y     : (m,) or (m, 1) of 0/1
    """
    m = y.size
    y = y.reshape(-1)
    theta = theta.reshape(-1)

    h = sigmoid(X.dot(theta))

    temp = theta.copy()
    temp[0] = 0

    J = (1.0 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h)))
    J = J + (lambda_ / (2.0 * m)) * np.sum(np.square(temp))

    grad = (1.0 / m) * X.T.dot(h - y) + (lambda_ / m) * temp

    return J, grad
