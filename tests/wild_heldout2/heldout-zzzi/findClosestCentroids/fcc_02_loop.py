import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        min_dist = np.inf
        for k in range(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= min_dist:
                min_dist = d
                idx[i] = k + 1   # 1-based like octave

    return idx
