"""Linear regression with one variable -- cost function (ex1)."""
import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the squared-error cost of ``theta`` on the data.

    Args:
        X: Design matrix of shape (m, 2); the first column is all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Parameters, shape (2,) or (2, 1).

    Returns:
        The cost J(theta) as a Python float.
    """
    predictions = X @ theta.reshape(-1)
    errors = predictions - y.reshape(-1)
    return float(np.mean(errors ** 2))
