import numpy as np


def findClosestCentroids(X, centroids):
    # idx(i) in 1..K like the octave version
    m = X.shape[0]
    K = centroids.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        best = np.inf
        for k in range(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= best:
                best = d
                idx[i] = k + 1

    return idx
