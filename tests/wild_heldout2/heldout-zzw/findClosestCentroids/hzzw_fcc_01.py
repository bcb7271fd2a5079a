import numpy as np


def find_closest_centroids(X, centroids):
    """Index (0-based, so it can index `centroids` directly) of the closest
    centroid for every row of X."""
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    return np.argmin(dist, axis=1)
