import numpy as np


def feature_normalize(X):
    """Normalize every feature (column) of X to zero mean and unit variance.

    Returns the normalized matrix together with the mean and standard
    deviation of each column, which are needed later to normalize new
    examples the same way.
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
