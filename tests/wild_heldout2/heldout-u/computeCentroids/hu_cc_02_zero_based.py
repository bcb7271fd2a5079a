import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Recompute the K-means centroids.

    Args:
        X: (m, n) data, one example per row.
        idx: (m,) cluster index of every example, in 0..K-1
             (as returned by ``np.argmin`` in ``find_closest_centroids``).
        K: number of clusters.

    Returns:
        (K, n) array; row k is the mean of the examples assigned to cluster k
        (NaN for a cluster without examples).
    """
    n = X.shape[1]
    centroids = np.full((K, n), np.nan)
    for k in range(K):
        mask = idx == k
        if np.any(mask):
            centroids[k] = X[mask].mean(axis=0)
    return centroids
