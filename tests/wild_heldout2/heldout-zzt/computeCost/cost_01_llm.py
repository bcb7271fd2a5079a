import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the linear-regression cost J(theta) = 1/(2m) * sum((X theta - y)^2).

    Args:
        X: (m, 2) design matrix whose first column is all ones.
        y: targets, shape (m,) or (m, 1).
        theta: parameters, shape (2,) or (2, 1).

    Returns:
        The scalar cost.
    """
    m = y.size
    residual = X @ np.ravel(theta) - np.ravel(y)
    return float(residual @ residual) / (2 * m)
