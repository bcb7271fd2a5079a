import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its nearest centroid.

    Parameters
    ----------
    X : ndarray, shape (m, n)
    centroids : ndarray, shape (K, n)

    Returns
    -------
    idx : ndarray, shape (m,)
        1-based index (1..K) of the closest centroid, as in the Octave code.
        Ties resolve to the lowest index.
    """
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    sq_dist = np.sum(diff ** 2, axis=2)
    return np.argmin(sq_dist, axis=1) + 1
