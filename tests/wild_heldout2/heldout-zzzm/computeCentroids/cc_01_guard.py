import numpy as np


def computeCentroids(X, idx, K):
    """Returns the new centroids by computing the means of the data points
    assigned to each centroid. idx holds values 1..K (from findClosestCentroids)."""
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(1, K + 1):
        members = X[idx == k]
        if len(members) > 0:
            centroids[k - 1, :] = members.mean(axis=0)

    return centroids
