import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Compute the linear-regression cost J(theta) = 1/(2m) * sum((X theta - y)^2).

    Args:
        X: (m, n) design matrix, first column of ones.
        y: (m,) or (m, 1) targets.
        theta: (n,) or (n, 1) parameters.
    """
    m = y.size
    predictions = X @ theta.reshape(-1, 1)
    errors = predictions - y.reshape(-1, 1)
    return float(np.sum(errors ** 2) / (2 * m))
