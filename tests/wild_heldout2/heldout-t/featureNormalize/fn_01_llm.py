import numpy as np


def feature_normalize(X: np.ndarray):
    """Normalize each column of X to zero mean and unit standard deviation.

    Parameters
    ----------
    X : np.ndarray
        Data matrix of shape (m, n), one example per row.

    Returns
    -------
    X_norm : np.ndarray
        The normalized data, shape (m, n).
    mu : np.ndarray
        Per-feature mean, shape (n,).
    sigma : np.ndarray
        Per-feature standard deviation, shape (n,).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
