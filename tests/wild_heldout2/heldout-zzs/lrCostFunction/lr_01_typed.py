import numpy as np
from numpy.typing import ArrayLike


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta: ArrayLike, X: np.ndarray, y: ArrayLike, lambda_: float):
    """Regularized logistic regression cost and gradient (vectorized).

    theta : (n,) or (n, 1) parameters, theta[0] is the intercept (not regularized)
    X     : (m, n) design matrix including the column of ones
    y     : (m,) or (m, 1) labels in {0, 1}
    """
    theta = np.asarray(theta, dtype=float).reshape(-1)
    y = np.asarray(y, dtype=float).reshape(-1)
    m = y.size

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1 - y) @ np.log(1 - h)) / m \
        + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg

    return J, grad
