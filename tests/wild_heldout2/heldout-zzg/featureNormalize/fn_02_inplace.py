import numpy as np


def feature_normalize(X):
    """Normalise each feature to zero mean and unit variance.

    Returns X_norm, mu, sigma.
    """
    mu = X.mean(axis=0)
    sigma = X.std(axis=0)

    X -= mu
    X /= sigma

    return X, mu, sigma
