import numpy as np


def find_closest_centroids(X, centroids):
    """Index (1..K, like Octave) of the closest centroid for every row of X."""
    # (m, K) matrix of squared distances
    dists = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    idx = np.argmin(dists, axis=1) + 1
    return idx.reshape(-1, 1)
