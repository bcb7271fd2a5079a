import numpy as np


def feature_normalize(X):
    """Normalise every feature (column) of X to zero mean and unit standard deviation.

    Returns the normalised matrix together with the per-feature mean and
    standard deviation so the same transform can be applied to new data.
    """
    mu = np.mean(X, axis=0)
    X -= mu
    sigma = np.std(X, axis=0)
    X /= sigma
    return X, mu, sigma
