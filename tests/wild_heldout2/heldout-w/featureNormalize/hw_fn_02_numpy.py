import numpy as np


def feature_normalize(X):
    """Normalize the features in X: mean 0, standard deviation 1 for each feature."""
    X_norm = X.copy()
    mu = np.mean(X)
    sigma = np.std(X, axis=0)

    X_norm = (X_norm - mu) / sigma

    return X_norm, mu, sigma
