import numpy as np


def feature_normalize(X: np.ndarray):
    """Normalise every feature (column) of X to zero mean and unit standard deviation.

    Parameters
    ----------
    X : ndarray, shape (m, n)
        Training examples, one per row.

    Returns
    -------
    X_norm : ndarray, shape (m, n)
    mu : ndarray, shape (n,)
        Mean of each feature.
    sigma : ndarray, shape (n,)
        Standard deviation of each feature.
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
