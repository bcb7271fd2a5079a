import numpy as np


def find_closest_centroids(X, centroids):
    """Index of the closest centroid for each row of X.

    Returns a (m,) integer array of cluster indices 0..K-1, ready to be used
    to index `centroids`.
    """
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dists = np.sum(diff ** 2, axis=2)
    return np.argmin(dists, axis=1)
