import numpy as np


def cost_function(theta, X, y, reg=0.0):
    """
    Regularized linear regression cost and gradient.

    X is the raw feature matrix (m, n) WITHOUT the intercept column; the
    column of ones is inserted here.  theta has n + 1 entries.
    """
    m = X.shape[0]
    X = np.insert(X, 0, 1, axis=1)
    y = np.ravel(y)
    theta = np.ravel(theta)

    residuals = X @ theta - y
    penalty = theta.copy()
    penalty[0] = 0.0

    J = residuals @ residuals / (2 * m) + reg / (2 * m) * (penalty @ penalty)
    grad = X.T @ residuals / m + reg / m * penalty
    return J, grad
