"""K-means assignment step (port of findClosestCentroids.m, ex7)."""
import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Return the index of the closest centroid for every example.

    Args:
        X: Examples, shape (m, n).
        centroids: Centroids, shape (K, n).

    Returns:
        idx: Integer array of shape (m,), values in 1..K (MATLAB-style,
            1-based, so it can be fed straight back to computeCentroids).
            Ties go to the lowest index.
    """
    X = np.asarray(X, dtype=float)
    centroids = np.asarray(centroids, dtype=float)
    # (m, 1, n) - (1, K, n) -> (m, K, n) -> squared distances (m, K)
    sq_dist = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(sq_dist, axis=1) + 1
