import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the cost of linear regression with multiple variables.

    J(theta) = 1/(2m) * (X theta - y)^T (X theta - y)

    Args:
        X: Design matrix of shape (m, n+1), first column all ones.
        y: Target values, shape (m,) or (m, 1).
        theta: Parameters, shape (n+1,) or (n+1, 1).

    Returns:
        The cost as a Python float.
    """
    m = y.shape[0]
    residual = (X @ theta).ravel() - np.ravel(y)
    return float(residual @ residual) / (2 * m)
