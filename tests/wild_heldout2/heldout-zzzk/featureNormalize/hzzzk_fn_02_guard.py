import numpy as np


def feature_normalize(X):
    """
    Normalise every feature (column) of X to zero mean and unit standard deviation.
    Returns X_norm, mu, sigma
    """
    X_norm = np.array(X, dtype=float)
    mu = np.mean(X_norm, axis=0)
    sigma = np.std(X_norm, axis=0)

    # avoid dividing by zero for constant features
    sigma[sigma == 0] = 1

    X_norm = (X_norm - mu) / sigma
    return X_norm, mu, sigma
