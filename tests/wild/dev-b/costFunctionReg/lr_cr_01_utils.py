import numpy as np

from utils.sigmoid import sigmoid


def costFunctionReg(theta, X, y, lambda_):
    """Compute cost and gradient for logistic regression with regularization.

    theta : (n,) parameters, X : (m, n) mapped features (bias column
    included), y : labels, (m,) or (m, 1), lambda_ : regularization strength.
    The intercept theta[0] is not regularized.
    """
    y = np.ravel(y).astype(float)
    m = y.size
    theta = np.ravel(theta)

    h = sigmoid(X @ theta)

    temp = theta.copy()
    temp[0] = 0

    J = (1 / m) * np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) \
        + (lambda_ / (2 * m)) * np.sum(temp ** 2)
    grad = (1 / m) * (X.T @ (h - y)) + (lambda_ / m) * temp

    return J, grad
