import numpy as np


def compute_centroids(X, idx, K):
    """Return the new centroids as the mean of the points assigned to each one.

    Parameters
    ----------
    X : ndarray, shape (m, n)
        The data set.
    idx : ndarray, shape (m,) or (m, 1)
        Index of the closest centroid for every example.
    K : int
        Number of centroids.

    Returns
    -------
    centroids : ndarray, shape (K, n)
    """
    m, n = X.shape
    idx = np.asarray(idx).ravel()
    centroids = np.zeros((K, n))

    for k in range(K):
        centroids[k, :] = np.mean(X[idx == k, :], axis=0)

    return centroids
