import numpy as np


def feature_normalize(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise every feature (column) of X to zero mean and unit variance.

    Args:
        X: (m, n) feature matrix.

    Returns:
        X_norm: normalised features, (m, n).
        mu: per-feature mean, (n,).
        sigma: per-feature standard deviation, (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
