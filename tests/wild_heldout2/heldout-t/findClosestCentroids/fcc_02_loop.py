import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1))

    for i in range(m):
        best = np.inf
        for k in range(K):
            dist = np.sum((X[i] - centroids[k]) ** 2)
            if dist <= best:
                best = dist
                idx[i] = k + 1

    return idx
