import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Regularised logistic regression cost and gradient (vectorised).

    Parameters
    ----------
    theta : (n,) parameter vector; theta[0] is the intercept.
    X : (m, n) design matrix whose first column is all ones.
    y : (m,) or (m, 1) labels in {0, 1}.
    lambda_ : regularisation parameter.

    Returns
    -------
    J : float
    grad : (n,) gradient
    """
    theta = np.asarray(theta, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    m = y.size

    h = sigmoid(X @ theta)

    # The intercept term theta(1) is not regularised.
    J = (-(y @ np.log(h)) - (1 - y) @ np.log(1 - h)) / m \
        + (lambda_ / (2 * m)) * np.sum(theta[2:] ** 2)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0
    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg

    return J, grad
