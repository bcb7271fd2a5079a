"""K-means cluster assignment step."""
import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Return, for each row of X, the index of the nearest centroid.

    Indices are 0-based (0..K-1) so they can be used directly to index
    ``centroids``; ties go to the lowest index, as with ``np.argmin``.
    """
    # (m, K) matrix of squared Euclidean distances
    sq_dist = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(sq_dist, axis=1)
