import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """
    Compute new centroids as the mean of the points assigned to each one.

    Args:
        X: (m, n) data matrix.
        idx: (m,) centroid assignment of every example.
        K: number of centroids.

    Returns:
        (K, n) array of centroids.
    """
    idx = np.asarray(idx).reshape(-1)
    n = X.shape[1]
    centroids = np.zeros((K, n))
    for k in range(K):
        points = X[idx == k]
        centroids[k] = points.mean(axis=0)
    return centroids
