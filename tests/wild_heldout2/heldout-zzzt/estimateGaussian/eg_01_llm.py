"""Port of estimateGaussian.m (ex8, anomaly detection)."""
import numpy as np


def estimate_gaussian(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Estimate the parameters of an independent Gaussian per feature.

    Parameters
    ----------
    X : ndarray of shape (m, n)
        The data set, one example per row.

    Returns
    -------
    mu : ndarray of shape (n, 1)
        Mean of every feature.
    sigma2 : ndarray of shape (n, 1)
        Variance of every feature (maximum-likelihood estimate, divisor m).
    """
    m, n = X.shape
    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2, axis=0) / m
    return mu.reshape(n, 1), sigma2.reshape(n, 1)
