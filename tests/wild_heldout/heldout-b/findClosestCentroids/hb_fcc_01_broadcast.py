import numpy as np


def find_closest_centroids(X, centroids):
    """For every row of X, the (1-based, like Octave) index of the nearest centroid."""
    # (m, 1, n) - (1, K, n) -> (m, K, n) -> squared distances (m, K)
    d = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    return d.argmin(axis=1) + 1
