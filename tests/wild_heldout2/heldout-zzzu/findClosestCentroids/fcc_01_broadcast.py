import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its nearest centroid.

    Args:
        X: (m, n) examples, one per row.
        centroids: (K, n) current centroids.

    Returns:
        (m,) array of centroid indices in 1..K (MATLAB convention), ties go
        to the lowest index.
    """
    # (m, K) matrix of squared distances
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    return np.argmin(dist, axis=1) + 1
