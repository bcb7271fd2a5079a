import numpy as np


def estimateGaussian(X):
    """Estimate the mean and variance of every feature of X (m x n).

    Returns mu and sigma2 as (n, 1) column vectors like the Octave version.
    sigma2 uses the 1/m (maximum likelihood) normalisation.
    """
    m, n = X.shape

    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2, axis=0) / m

    return mu.reshape(n, 1), sigma2.reshape(n, 1)
