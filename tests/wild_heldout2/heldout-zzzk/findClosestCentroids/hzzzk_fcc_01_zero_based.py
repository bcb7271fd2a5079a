import numpy as np


def find_closest_centroids(X, centroids):
    """Index of the closest centroid for every example.

    Returns a (m,) integer array with values in 0..K-1, ready to be used
    to index `centroids` (idx == k selects the members of cluster k).
    """
    # (m, K) matrix of squared distances
    dist = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(dist, axis=1)
