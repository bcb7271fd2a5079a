import numpy as np


def computeCentroids(X, idx, K):
    """New centroids as the mean of the points assigned to each one.

    idx holds the cluster of every example as 0..K-1 (what np.argmin returns
    in findClosestCentroids).
    """
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))
    for k in range(K):
        centroids[k, :] = np.mean(X[idx == k, :], axis=0)
    return centroids
