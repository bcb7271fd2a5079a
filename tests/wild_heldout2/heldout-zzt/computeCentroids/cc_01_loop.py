import numpy as np


def computeCentroids(X, idx, K):
    """Recompute each centroid as the mean of the points assigned to it.

    idx holds 1-based centroid numbers, as returned by findClosestCentroids
    (shape (m,) or (m, 1)). A centroid that owns no point becomes NaN.
    """
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k]
        if members.shape[0] == 0:
            centroids[k - 1, :] = np.nan
        else:
            centroids[k - 1, :] = members.sum(axis=0) / members.shape[0]
    return centroids
