import numpy as np


def compute_centroids(X, idx, K):
    """New centroids as the mean of the points assigned to each one.

    idx holds 0-based cluster indices (as returned by our
    find_closest_centroids, i.e. np.argmin over the distances).
    """
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()
    for k in range(K):
        centroids[k] = X[idx == k].mean(axis=0)
    return centroids
