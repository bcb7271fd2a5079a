import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a column of inputs to polynomial features.

    Column ``i`` of the result holds ``X ** i`` for each example, so the
    returned matrix has shape (m, p).

    Args:
        X: array of shape (m, 1) or (m,).
        p: highest polynomial degree.

    Returns:
        np.ndarray of shape (m, p).
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.shape[0], p))
    for i in range(p):
        X_poly[:, i] = np.power(x, i)
    return X_poly
