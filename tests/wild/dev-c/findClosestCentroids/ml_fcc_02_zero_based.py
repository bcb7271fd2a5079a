import numpy as np


def findClosestCentroids(X, centroids):
    """returns the closest centroid for every example in X.
    idx[i] is in range 0..K-1 (python indexing), so centroids[idx[i]] is
    the centroid assigned to X[i].
    """
    K = centroids.shape[0]
    idx = np.zeros(X.shape[0], dtype=int)

    for i in range(X.shape[0]):
        distances = [np.sum((X[i] - centroids[j]) ** 2) for j in range(K)]
        idx[i] = np.argmin(distances)

    return idx
