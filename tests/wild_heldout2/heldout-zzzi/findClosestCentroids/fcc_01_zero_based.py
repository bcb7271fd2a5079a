import numpy as np


def find_closest_centroids(X, centroids):
    """Assign every example to its nearest centroid.

    Returns idx with shape (m,), values in 0..K-1 so they can be used
    directly as indices into `centroids` (centroids[idx]).
    """
    # (m, 1, n) - (1, K, n) -> (m, K) squared distances
    dists = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    idx = np.argmin(dists, axis=1)
    return idx
