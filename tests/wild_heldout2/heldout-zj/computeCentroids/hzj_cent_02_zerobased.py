import numpy as np


def compute_centroids(X, idx, K):
    """New centroid = mean of the points assigned to it.

    idx comes from find_closest_centroids, which returns np.argmin(...),
    so cluster numbers are 0..K-1 here.
    """
    n = X.shape[1]
    centroids = np.zeros((K, n))
    idx = np.asarray(idx).ravel()
    for k in range(K):
        members = X[idx == k, :]
        centroids[k, :] = members.mean(axis=0)
    return centroids
