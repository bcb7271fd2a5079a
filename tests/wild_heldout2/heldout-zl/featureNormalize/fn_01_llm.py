import numpy as np


def feature_normalize(X: np.ndarray):
    """Normalize the features in X to zero mean and unit standard deviation.

    Parameters
    ----------
    X : np.ndarray
        Data of shape (m, n).

    Returns
    -------
    X_norm : np.ndarray
        Normalized data, shape (m, n).
    mu : np.ndarray
        Mean of each feature, shape (n,).
    sigma : np.ndarray
        Standard deviation of each feature, shape (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)

    X_norm = X
    X_norm -= mu
    X_norm /= sigma

    return X_norm, mu, sigma
