import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Recompute the K centroids.

    Args:
        X: data, shape (m, n).
        idx: cluster index of every example, shape (m,), values 0..K-1
            (the output of find_closest_centroids, which uses np.argmin).
        K: number of clusters.

    Returns:
        centroids of shape (K, n); a cluster without points gives a row of NaN.
    """
    centroids = np.zeros((K, X.shape[1]))
    for k in range(K):
        centroids[k] = X[idx == k].mean(axis=0)
    return centroids
