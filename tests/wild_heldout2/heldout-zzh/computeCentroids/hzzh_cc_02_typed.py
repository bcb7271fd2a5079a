"""K-means centroid update (ex7 computeCentroids.m)."""
import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Mean of the examples assigned to each centroid.

    Args:
        X: (m, n) data matrix.
        idx: (m,) or (m, 1) assignments with values 1..K.
        K: number of centroids.

    Returns:
        (K, n) array of centroids.
    """
    idx = np.asarray(idx).reshape(-1)
    n = X.shape[1]
    centroids = np.zeros((K, n))
    for k in range(K):
        members = X[idx == k + 1]
        if members.shape[0] > 0:
            centroids[k] = members.mean(axis=0)
    return centroids
