import numpy as np


def compute_centroids(X, idx, K):
    """
    Returns the new centroids by computing the means of the data points
    assigned to each centroid.

    Parameters
    ----------
    X : array_like
        The dataset, a matrix of size (m, n).
    idx : array_like
        A vector (size m) of centroid assignments, each entry in the
        range [0 ... K-1].
    K : int
        Number of clusters.

    Returns
    -------
    centroids : array_like
        A matrix of size (K, n) where each row is the mean of the data
        points assigned to it.
    """
    m, n = X.shape
    idx = np.asarray(idx).ravel()
    centroids = np.zeros((K, n))

    for k in range(K):
        centroids[k, :] = X[idx == k].mean(axis=0)

    return centroids
