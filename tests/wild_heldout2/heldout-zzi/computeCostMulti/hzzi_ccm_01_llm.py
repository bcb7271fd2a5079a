import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the linear-regression cost J(theta) for several features.

    Args:
        X: design matrix of shape (m, n + 1), first column all ones.
        y: targets, shape (m,) or (m, 1).
        theta: parameters, shape (n + 1,) or (n + 1, 1).

    Returns:
        The scalar cost (X theta - y)^T (X theta - y) / (2 m).
    """
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.asarray(theta, dtype=float).reshape(-1)
    m = y.shape[0]

    residual = X @ theta - y
    return float(residual @ residual) / (2 * m)
