import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Args:
        X: array of shape (m,) or (m, 1).
        p: highest power.

    Returns:
        Array of shape (m, p) whose column j holds X raised to the j-th power.
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    return np.column_stack([x ** j for j in range(p)])
