import numpy as np


def find_closest_centroids(X, centroids):
    """Index (1..K, like the Octave version) of the closest centroid for every row of X."""
    # (m, 1, n) - (1, K, n) -> (m, K) squared distances
    d = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    idx = np.argmin(d, axis=1) + 1
    return idx
