import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the cost for linear regression with multiple variables.

    Parameters
    ----------
    X : np.ndarray
        Design matrix of shape (m, n + 1), including the intercept column.
    y : np.ndarray
        Target values, shape (m,) or (m, 1).
    theta : np.ndarray
        Parameter vector, shape (n + 1,) or (n + 1, 1).

    Returns
    -------
    float
        J(theta) = (1 / 2m) * (X theta - y)^T (X theta - y)
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.asarray(theta, dtype=float).reshape(-1)

    m = X.shape[1]  # number of training examples
    residual = X @ theta - y
    return float(residual @ residual / (2 * m))
