"""K-means helpers (ex7)."""
import numpy as np


def find_closest_centroids(X, centroids):
    d = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(d, axis=1)


def compute_centroids(X, idx, K):
    """Mean of the points of each cluster.

    idx is the output of find_closest_centroids: cluster numbers 0..K-1.
    """
    idx = np.asarray(idx).reshape(-1, 1)
    members = (idx == np.arange(K)).astype(float)   # m x K indicator
    counts = members.sum(axis=0)
    centroids = members.T.dot(X) / counts[:, np.newaxis]
    return centroids
