"""Feature scaling for ex1 (multivariate linear regression)."""
import numpy as np


def feature_normalize(X: np.ndarray):
    """Scale each column of X to zero mean and unit standard deviation.

    Returns (X_norm, mu, sigma) where mu and sigma are 1-D arrays with one
    entry per feature. sigma uses the sample (N - 1) divisor, like Octave's
    std; as in Octave, the standard deviation of a single sample is 0.
    """
    X = np.asarray(X, dtype=float)
    m = X.shape[0]
    mu = X.mean(axis=0)
    centred = X - mu
    sigma = np.sqrt((centred ** 2).sum(axis=0) / max(m - 1, 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        X_norm = centred / sigma
    return X_norm, mu, sigma
