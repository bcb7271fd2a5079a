import numpy as np


def map_feature(X1: np.ndarray, X2: np.ndarray, degree: int = 6) -> np.ndarray:
    """Map two features to all their monomials up to `degree`.

    Columns: 1, X1, X2, X1**2, X1*X2, X2**2, X1**3, ..., X2**degree
    (for each i = 1..degree, X1**(i-j) * X2**j for j = 0..i).
    """
    X1 = np.asarray(X1, dtype=float).reshape(-1)
    X2 = np.asarray(X2, dtype=float).reshape(-1)
    features = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            features.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(features, axis=1)
