import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Assign every example to its nearest centroid.

    Args:
        X: (m, n) data matrix, one example per row.
        centroids: (K, n) current centroid positions.

    Returns:
        idx: (m,) integer array with values in 1..K (MATLAB-style indices),
             ties resolved towards the smaller index.
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n), then sum squared differences over features
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    return np.argmin(dist, axis=1) + 1
