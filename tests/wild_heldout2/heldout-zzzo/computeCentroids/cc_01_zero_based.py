import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Recompute the centroids as the mean of the points assigned to them.

    Args:
        X: (m, n) data points.
        idx: (m,) cluster index of every point, in 0..K-1 (as returned by
            find_closest_centroids, which uses np.argmin).
        K: number of centroids.

    Returns:
        (K, n) array of centroids.
    """
    idx = np.asarray(idx).reshape(-1)
    n = X.shape[1]
    centroids = np.zeros((K, n))
    for k in range(K):
        centroids[k] = np.mean(X[idx == k], axis=0)
    return centroids
