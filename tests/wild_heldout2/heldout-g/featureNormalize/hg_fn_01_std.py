import numpy as np


def feature_normalize(X):
    """
    Normalise each feature (column) of X to zero mean and unit standard deviation.

    Returns
    -------
    X_norm : ndarray (m, n)
    mu : ndarray (n,)   per-feature mean
    sigma : ndarray (n,) per-feature standard deviation
    """
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    sigma = X.std(axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
