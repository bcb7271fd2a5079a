import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    idx = np.zeros((X.shape[0], 1), dtype=int)

    for i in range(X.shape[0]):
        min_dist = np.inf
        for k in range(K):
            d = np.linalg.norm(X[i, :] - centroids[k, :])
            if d <= min_dist:
                min_dist = d
                idx[i] = k + 1

    return idx
