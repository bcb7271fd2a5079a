import numpy as np


def estimateGaussian(X):
    """Mean and (maximum-likelihood) variance of every feature of X (m x n).

    Returns mu and sigma2 as vectors of length n.
    """
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0)  # np.var divides by m, as the exercise wants
    return mu, sigma2
