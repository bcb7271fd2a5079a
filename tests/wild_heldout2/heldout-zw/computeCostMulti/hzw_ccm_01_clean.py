import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Cost for linear regression with multiple variables.

    Parameters
    ----------
    X : (m, n+1) design matrix, first column all ones.
    y : (m,) or (m, 1) targets.
    theta : (n+1,) or (n+1, 1) parameters.

    Returns
    -------
    float
        J = (X theta - y)^T (X theta - y) / (2 m)
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.shape[0]

    residual = X @ theta - y
    return float(residual @ residual) / (2 * m)
