import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        best = np.inf
        for k in range(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= best:
                best = d
                idx[i] = k + 1    # MATLAB indices start at 1

    return idx
