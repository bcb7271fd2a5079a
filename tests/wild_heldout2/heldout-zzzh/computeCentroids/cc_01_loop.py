import numpy as np


def computeCentroids(X, idx, K):
    """New centroids: the mean of the points assigned to each of the K clusters.

    idx holds 1-based assignments, as returned by findClosestCentroids (and as
    stored in the .mat files), either (m,) or (m, 1).
    """
    m, n = X.shape
    idx = idx.reshape(-1)
    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        members = X[idx == k]
        centroids[k - 1, :] = np.mean(members, axis=0)

    return centroids
