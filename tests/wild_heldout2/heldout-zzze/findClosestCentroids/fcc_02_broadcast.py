import numpy as np


def find_closest_centroids(X, centroids):
    """Index (0..K-1) of the closest centroid for every row of X.

    Returns a 0-based index so that centroids[idx] gives the assigned centroid.
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    d = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(d, axis=1)
