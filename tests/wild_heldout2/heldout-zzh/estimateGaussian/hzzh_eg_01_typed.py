"""Gaussian parameter estimation for anomaly detection (ex8)."""
from typing import Tuple

import numpy as np


def estimate_gaussian(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Per-feature mean and maximum-likelihood variance.

    Args:
        X: (m, n) data, one example per row.

    Returns:
        mu: (n, 1) feature means.
        sigma2: (n, 1) feature variances (divisor m).
    """
    m = X.shape[0]
    mu = X.mean(axis=0)
    sigma2 = ((X - mu) ** 2).sum(axis=0) / m
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)
