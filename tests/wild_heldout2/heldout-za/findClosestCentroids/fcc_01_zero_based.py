import numpy as np


def find_closest_centroids(X, centroids):
    """Index of the closest centroid for every row of X.

    Returns 0-based indices so that ``centroids[idx]`` gives each example's
    centroid directly (and ``X[idx == k]`` selects cluster k in
    compute_centroids).
    """
    # (m, 1, n) - (1, K, n) -> (m, K) squared distances
    d = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    return np.argmin(d, axis=1)
