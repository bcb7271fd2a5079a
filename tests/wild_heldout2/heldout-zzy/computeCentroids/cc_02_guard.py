import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """Return the (K, n) matrix of centroids.

    Row k-1 is the mean of the examples with idx == k (labels 1..K).
    """
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k]
        if len(members) > 0:  # avoid mean of empty slice warning
            centroids[k - 1, :] = members.mean(axis=0)
    return centroids
