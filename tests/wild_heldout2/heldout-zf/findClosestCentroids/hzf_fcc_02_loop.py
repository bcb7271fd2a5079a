import numpy as np


def findClosestCentroids(X, centroids):
    """returns idx, the closest centroid (1..K) for every example in X"""
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        best = np.inf
        for j in range(K):
            d = np.linalg.norm(X[i] - centroids[j])
            if d <= best:
                best = d
                idx[i] = j + 1
    return idx
