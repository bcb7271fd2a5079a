import numpy as np


def computeCentroids(X, idx, K):
    """New centroids = mean of the points assigned to each one.
    idx holds 1..K like in Octave (as returned by findClosestCentroids)."""
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        centroids[k - 1, :] = np.mean(X[idx == k, :], axis=0)

    return centroids
