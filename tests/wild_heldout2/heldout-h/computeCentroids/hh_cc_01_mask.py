import numpy as np


def compute_centroids(X, idx, K):
    """New centroids: the mean of the points assigned to each of the K clusters.

    idx holds 1-based cluster numbers (as returned by findClosestCentroids),
    either as a flat array or as the (m, 1) column loadmat gives.
    A cluster without points gets a row of NaN.
    """
    idx = np.asarray(idx).ravel()
    n = X.shape[1]
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k]
        if members.shape[0] == 0:
            centroids[k - 1, :] = np.nan
        else:
            centroids[k - 1, :] = members.mean(axis=0)
    return centroids
