import numpy as np


def feature_normalize(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize each feature (column) of X to zero mean and unit standard deviation.

    Equivalent to MATLAB's featureNormalize.

    Args:
        X: Data matrix of shape (m, n).

    Returns:
        X_norm: Normalized data, shape (m, n).
        mu: Per-feature mean, shape (n,).
        sigma: Per-feature standard deviation, shape (n,).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)

    # Avoid division by zero for constant features
    sigma[sigma == 0] = 1.0

    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
