"""K-means centroid update, translated from computeCentroids.m."""
from __future__ import annotations

import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Return the K x n matrix of cluster means.

    Args:
        X: (m, n) data matrix, one example per row.
        idx: (m,) or (m, 1) cluster assignments in 1..K (MATLAB convention).
        K: number of clusters.

    Returns:
        (K, n) array; row k-1 is the mean of the examples assigned to cluster k.
        A cluster with no examples gives a row of NaN, like MATLAB's mean.
    """
    idx = np.asarray(idx).ravel()
    m, n = X.shape
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k, :]
        with np.errstate(invalid="ignore", divide="ignore"):
            centroids[k - 1, :] = members.sum(axis=0) / members.shape[0]
    return centroids
