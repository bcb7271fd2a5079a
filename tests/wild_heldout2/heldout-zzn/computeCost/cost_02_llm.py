import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the linear-regression cost J = 1/(2m) * sum((X @ theta - y)^2).

    Args:
        X: design matrix of shape (m, 2), first column all ones.
        y: target values, m entries.
        theta: parameter vector with 2 entries.

    Returns:
        The scalar cost.
    """
    m = y.shape[0]
    theta = np.ravel(theta)
    predictions = X @ theta
    errors = predictions - y
    return float(np.sum(errors ** 2) / (2 * m))
