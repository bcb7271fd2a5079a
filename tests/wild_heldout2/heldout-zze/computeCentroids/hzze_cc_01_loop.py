import numpy as np


def computeCentroids(X, idx, K):
    """Returns the new centroids: row k is the mean of the points assigned to centroid k.

    idx holds the assignments 1..K as returned by findClosestCentroids.
    """
    m, n = X.shape
    idx = idx.ravel()

    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k, :]
        centroids[k - 1, :] = np.mean(members, axis=0)

    return centroids
