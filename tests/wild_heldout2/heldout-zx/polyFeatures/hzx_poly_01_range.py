import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature X (m x 1) to its first p powers.

    Returns an (m, p) matrix; column j holds X raised to the power j.
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.shape[0], p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
