import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to its powers 1..p.

    Args:
        X: array of shape (m,) or (m, 1).
        p: highest power.

    Returns:
        Array of shape (m, p) whose column j (0-based) is X ** (j + 1).
    """
    x = np.asarray(X, dtype=float).reshape(-1, 1)
    powers = np.arange(1, p + 1)
    return x ** powers
