import numpy as np


def feature_normalize(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize each feature (column) of X to zero mean and unit variance.

    Args:
        X: (m, n) matrix of examples.

    Returns:
        X_norm: the normalized features, mu: (n,) column means,
        sigma: (n,) column standard deviations.
    """
    X_norm = X
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)

    X_norm -= mu
    X_norm /= sigma

    return X_norm, mu, sigma
