import numpy as np

# data layout used in this repo: one column per example, one row per feature
#   X.shape == (n_features, m_samples)


def estimate_gaussian(X):
    """Fit an independent gaussian to every feature (rows of X).

    returns mu, var, both (n_features, 1)
    """
    mu = np.mean(X, axis=1, keepdims=True)
    var = np.mean((X - mu) ** 2, axis=1, keepdims=True)
    return mu, var
