import numpy as np


def find_closest_centroids(X, centroids):
    """Return, for each example in X, the index of the closest centroid.

    Indices are 0-based (0..K-1) so they can be used directly to index
    ``centroids`` in run_kmeans / compute_centroids.
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    idx = np.argmin(dist, axis=1)
    return idx
