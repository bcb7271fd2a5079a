import numpy as np


def compute_centroids(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """
    Returns the new centroids by computing the means of the data points
    assigned to each centroid.

    Args:
        X (ndarray): (m, n) data points
        idx (ndarray): (m,) index of the closest centroid for each example,
            in 0..K-1 (as returned by find_closest_centroids)
        K (int): number of centroids

    Returns:
        centroids (ndarray): (K, n) new centroids (a centroid with no points is NaN)
    """
    m, n = X.shape
    centroids = np.zeros((K, n))

    for k in range(K):
        points = X[idx == k]
        centroids[k] = np.mean(points, axis=0)

    return centroids
