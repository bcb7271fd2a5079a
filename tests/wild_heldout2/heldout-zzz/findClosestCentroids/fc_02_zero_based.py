import numpy as np


def find_closest_centroids(X, centroids):
    """Return, for every row of X, the index (0..K-1) of the nearest centroid.

    Indices are 0-based so they can be used directly as
    centroids[idx] or in X[idx == k].
    """
    # (m, K) matrix of squared distances
    dists = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    return np.argmin(dists, axis=1)
