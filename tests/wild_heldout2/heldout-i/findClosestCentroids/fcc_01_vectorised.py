import numpy as np


def find_closest_centroids(X, centroids):
    """idx[i] in 1..K: the centroid nearest to X[i] (squared Euclidean)."""
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    d = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    return d.argmin(axis=1) + 1
