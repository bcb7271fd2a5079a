import numpy as np
from numpy.typing import NDArray


def estimate_gaussian(X: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Estimate the parameters of an axis-aligned Gaussian from the data.

    Args:
        X: array of shape (m, n), one example per row.

    Returns:
        mu: per-feature means, shape (n,)
        sigma2: per-feature maximum-likelihood variances (divide by m), shape (n,)
    """
    m = X.shape[0]
    mu = X.mean(axis=0)
    sigma2 = ((X - mu) ** 2).sum(axis=0) / m
    return mu, sigma2
