"""Linear regression cost with multiple variables (ex1, part 3)."""
import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error of the linear model X @ theta.

    Args:
        X: (m, n+1) design matrix, first column all ones.
        y: (m, 1) target column, as loaded from ex1data2 / loadmat.
        theta: (n+1,) parameter vector (what scipy.optimize passes).

    Returns:
        The scalar cost J.
    """
    m = y.shape[0]
    predictions = X @ theta
    errors = predictions - y
    return float(np.sum(errors ** 2) / (2 * m))
