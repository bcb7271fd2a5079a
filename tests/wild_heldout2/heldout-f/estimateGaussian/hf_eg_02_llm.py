"""Gaussian parameter estimation for anomaly detection (port of estimateGaussian.m)."""
from typing import Tuple

import numpy as np


def estimate_gaussian(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Estimate the mean and variance of every feature.

    Args:
        X: data matrix of shape (m, n), one example per row.

    Returns:
        mu: feature means, shape (n,).
        sigma2: feature variances, shape (n,), matching MATLAB's var().
    """
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    # MATLAB's var normalises by N-1, so use ddof=1 to match it
    sigma2 = X.var(axis=0, ddof=1)
    return mu, sigma2
