import numpy as np


def find_closest_centroids(X, centroids):
    """Assign every example to its closest centroid.

    Returns a 1-D integer array of centroid indices in 0..K-1, so that
    ``centroids[idx]`` gives each example's centroid (numpy indexing).
    """
    # squared distances, shape (m, K)
    d = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    return np.argmin(d, axis=1)
