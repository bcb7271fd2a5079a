import numpy as np


def compute_centroids(X, idx, K):
    """
    Returns the new centroids by computing the means of the data points
    assigned to each centroid.

    Parameters
    ----------
    X : array_like
        The dataset, shape (m, n), one example per row.
    idx : array_like
        Centroid assignment of every example, values in 0 ... K-1.
    K : int
        Number of clusters.

    Returns
    -------
    centroids : ndarray, shape (K, n)
        Row k is the mean of the examples assigned to cluster k
        (NaN if the cluster is empty).
    """
    m, n = X.shape
    idx = np.asarray(idx).ravel()
    centroids = np.zeros((K, n))

    for k in range(K):
        centroids[k] = np.mean(X[idx == k], axis=0)

    return centroids
