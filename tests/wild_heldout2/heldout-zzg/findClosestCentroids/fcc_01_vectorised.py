import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its nearest centroid.

    Args:
        X: (m, n) data.
        centroids: (K, n) current centroids.

    Returns:
        (m,) array of centroid indices in 0..K-1 (Python indexing).
    """
    # (m, K) matrix of squared Euclidean distances
    distances = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(distances, axis=1)
