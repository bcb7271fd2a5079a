import numpy as np


def sigmoid(z):
    """Sigmoid / logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    """
    Vectorized regularized logistic regression (one-vs-all building block).

    Parameters
    ----------
    theta : array_like, shape (n,) or (n, 1)
    X : array_like, shape (m, n) - first column is the intercept column of ones
    y : array_like, shape (m,) or (m, 1) - binary labels
    lambda_ : float

    Returns
    -------
    J : float
    grad : ndarray, shape (n,)
    """
    theta = np.ravel(theta)
    y = np.ravel(y)
    m = y.size

    h = sigmoid(X @ theta)

    temp = theta.copy()
    temp[0] = 0          # do not regularize the intercept

    J = (1 / m) * (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) + (lambda_ / (2 * m)) * (temp @ temp)
    grad = (1 / m) * (X.T @ (h - y)) + (lambda_ / m) * temp

    return J, grad
