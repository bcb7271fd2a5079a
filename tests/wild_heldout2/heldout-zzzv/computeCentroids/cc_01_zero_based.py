import numpy as np


def compute_centroids(X, idx, K):
    """New centroids as the mean of the points assigned to each one.

    idx holds 0-based cluster indices 0..K-1, as returned by
    find_closest_centroids (np.argmin over the distances).
    """
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))
    for k in range(K):
        centroids[k] = X[idx == k].mean(axis=0)
    return centroids
