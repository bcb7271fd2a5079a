import numpy as np


def map_feature(X1: np.ndarray, X2: np.ndarray, degree: int = 6) -> np.ndarray:
    """Feature mapping to polynomial features.

    Maps the two input features to quadratic features used in the
    regularization exercise: 1, X1, X2, X1**2, X1*X2, X2**2, ... up to `degree`.

    Args:
        X1: first feature, shape (m,) or (m, 1).
        X2: second feature, same shape as X1.
        degree: maximum polynomial degree.

    Returns:
        Array of shape (m, number_of_terms), first column all ones.
    """
    X1 = np.asarray(X1, dtype=float).reshape(-1, 1)
    X2 = np.asarray(X2, dtype=float).reshape(-1, 1)
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(i):
            out = np.hstack([out, (X1 ** (i - j)) * (X2 ** j)])
    return out
