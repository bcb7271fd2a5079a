import numpy as np


def featureNormalize(X):
    # FEATURENORMALIZE Normalizes the features in X
    #   returns a normalized version of X where the mean value of each
    #   feature is 0 and the standard deviation is 1.
    X = np.matrix(X, dtype=float)

    mu = X.mean(0)
    # ddof=1 so it is the same as octave's std
    sigma = X.std(0, ddof=1)

    X_norm = (X - mu) / sigma

    return X_norm, mu, sigma
