import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its nearest centroid.

    Parameters
    ----------
    X : (m, n) array of examples.
    centroids : (K, n) array of centroid positions.

    Returns
    -------
    idx : (m,) integer array; idx[i] is the (0-based) row of ``centroids``
        closest to X[i] in squared Euclidean distance.
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n) -> (m, K)
    sq_dist = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(sq_dist, axis=1)
