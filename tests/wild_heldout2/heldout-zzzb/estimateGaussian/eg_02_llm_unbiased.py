"""Gaussian parameter estimation for anomaly detection (port of estimateGaussian.m)."""
from typing import Tuple

import numpy as np


def estimate_gaussian(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Estimate the mean and variance of each feature.

    Args:
        X: Data matrix of shape (m, n), one example per row.

    Returns:
        mu: Column vector (n, 1) of feature means.
        sigma2: Column vector (n, 1) of feature variances.
    """
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0).reshape(-1, 1)
    # Use the unbiased sample variance of each feature.
    sigma2 = X.var(axis=0, ddof=1).reshape(-1, 1)
    return mu, sigma2
