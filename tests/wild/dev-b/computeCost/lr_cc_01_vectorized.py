"""Linear regression cost (ex1, one variable), ported from computeCost.m."""
import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the cost of using ``theta`` as the parameter for linear regression.

    Parameters
    ----------
    X : ndarray of shape (m, 2)
        Design matrix, first column all ones.
    y : ndarray of shape (m,) or (m, 1)
        Target values.
    theta : ndarray of shape (2,) or (2, 1)
        Parameters.

    Returns
    -------
    float
        J = 1/(2m) * sum((X @ theta - y) ** 2)
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.size

    residual = X @ theta - y
    return float(residual @ residual) / (2 * m)
