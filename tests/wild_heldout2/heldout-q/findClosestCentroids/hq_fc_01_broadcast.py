import numpy as np


def find_closest_centroids(X, centroids):
    """Index of the nearest centroid for every row of X.

    Returns a flat int array with values in 0..K-1 so it can be used
    directly to index `centroids`.
    """
    # (m, 1, n) - (1, K, n) -> (m, K) squared distances
    dists = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(dists, axis=1)
