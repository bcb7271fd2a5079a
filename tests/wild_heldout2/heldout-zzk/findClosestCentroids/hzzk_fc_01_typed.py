import numpy as np


def find_closest_centroids(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Index (1-based, as in the course) of the closest centroid for each row of X."""
    m = X.shape[0]
    idx = np.zeros(m, dtype=int)
    for i in range(m):
        dist = np.sum((X[i, :] - centroids) ** 2, axis=0)
        idx[i] = np.argmin(dist) + 1
    return idx
