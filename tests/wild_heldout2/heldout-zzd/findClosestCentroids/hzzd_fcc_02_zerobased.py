import numpy as np


def findClosestCentroids(X, centroids):
    """returns the closest centroid for every example in X.

    idx[i] is the row number of the closest centroid as a python index
    (0..K-1), so centroids[idx] gives the assigned centroid of each example.
    """
    K = centroids.shape[0]
    idx = np.zeros(X.shape[0], dtype=int)

    for i in range(X.shape[0]):
        best = np.inf
        for k in range(K):
            dist = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if dist < best:
                best = dist
                idx[i] = k
    return idx
