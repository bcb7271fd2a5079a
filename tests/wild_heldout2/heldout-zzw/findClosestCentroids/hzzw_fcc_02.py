import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        min_dist = np.inf
        for j in range(K):
            dist = np.linalg.norm(X[i, :] - centroids[j, :])
            if dist <= min_dist:
                min_dist = dist
                idx[i] = j + 1

    return idx
