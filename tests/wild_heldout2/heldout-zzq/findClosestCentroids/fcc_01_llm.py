import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its closest centroid.

    Parameters
    ----------
    X : ndarray, shape (m, n)
    centroids : ndarray, shape (K, n)

    Returns
    -------
    idx : ndarray, shape (m,)
        Index of the closest centroid for every example (values in 1..K).
    """
    # (m, K) matrix of squared distances via broadcasting
    distances = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    idx = np.argmin(distances, axis=1)
    return idx
