import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Compute the centroid memberships for every example.

    Args:
        X: Data matrix of shape (m, n), one example per row.
        centroids: Current centroids of shape (K, n).

    Returns:
        idx: Array of shape (m,) holding, for every example, the index of the
            closest centroid (each entry in range [1..K]).
    """
    # Squared Euclidean distance between every example and every centroid: (m, K)
    distances = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)

    # Index of the nearest centroid for each example
    idx = np.argmin(distances, axis=1)
    return idx
