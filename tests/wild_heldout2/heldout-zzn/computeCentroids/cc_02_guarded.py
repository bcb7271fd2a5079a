"""K-means centroid update (ex7), ported from the Octave exercise."""
import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Return the (K, n) matrix of cluster means.

    Args:
        X: data matrix of shape (m, n).
        idx: cluster assignment of every example, values in 1..K.
        K: number of clusters.
    """
    idx = np.asarray(idx).reshape(-1)
    centroids = np.zeros((K, X.shape[1]))
    for k in range(K):
        members = X[idx == k + 1]
        if members.shape[0] > 0:  # avoid a division by zero on empty clusters
            centroids[k] = members.mean(axis=0)
    return centroids
