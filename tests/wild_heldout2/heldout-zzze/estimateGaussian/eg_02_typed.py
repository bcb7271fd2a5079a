"""Gaussian parameter estimation for anomaly detection (ex8)."""
from typing import Tuple

import numpy as np


def estimate_gaussian(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Estimate the per-feature mean and variance of a dataset.

    Args:
        X: Data matrix of shape (m, n), one example per row.

    Returns:
        mu: Feature means, shape (n,).
        sigma2: Feature variances (maximum-likelihood, divisor m), shape (n,).
    """
    m = X.shape[1]

    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2, axis=0) / m

    return mu, sigma2
