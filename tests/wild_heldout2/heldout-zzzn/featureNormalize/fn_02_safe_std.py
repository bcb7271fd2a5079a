import numpy as np


def feature_normalize(X: np.ndarray):
    """
    Normalize the features in X.

    Returns a normalized version of X where the mean value of each feature
    is 0 and the standard deviation is 1, together with the mean and the
    standard deviation of each feature.

    :param X: numpy array of shape (m, n), one example per row
    :return: X_norm (m, n), mu (n,), sigma (n,)
    """
    X_norm = np.array(X, dtype=float)
    mu = np.mean(X_norm, axis=0)
    sigma = np.std(X_norm, axis=0)

    # avoid division by zero for constant features
    sigma[sigma == 0] = 1

    X_norm = (X_norm - mu) / sigma
    return X_norm, mu, sigma
