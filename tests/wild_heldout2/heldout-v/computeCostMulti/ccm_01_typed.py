"""Cost function for multivariate linear regression."""
import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Return the mean squared error cost J(theta) = (r' r) / (2m), r = X theta - y.

    Args:
        X: Design matrix of shape (m, n), first column all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Parameters, shape (n,) or (n, 1).
    """
    m = y.shape[0]
    residual = X @ theta.reshape(-1) - y.reshape(-1)
    return float(residual @ residual) / (2 * m)
