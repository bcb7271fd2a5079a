import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its nearest centroid.

    Args:
        X: (m, n) examples.
        centroids: (K, n) current centroids.

    Returns:
        (m,) integer array of 0-based centroid indices, so that
        ``centroids[idx]`` gives the centroid of every example.
        Ties go to the lowest index.
    """
    # squared distances, shape (m, K)
    dists = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    return np.argmin(dists, axis=1)
