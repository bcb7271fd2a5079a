import numpy as np


def feature_normalize(X):
    """Scale every column of X to zero mean and unit standard deviation."""
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)

    X -= mu
    X /= sigma

    return X, mu, sigma
