import numpy as np


def findClosestCentroids(X, centroids):
    # Set K
    K = centroids.shape[0]
    m = X.shape[0]

    # idx(i) in 1..K like the octave version
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        min_dist = np.inf
        for j in range(K):
            dist = np.sum((X[i, :] - centroids[j, :]) ** 2)
            if dist <= min_dist:
                min_dist = dist
                idx[i] = j + 1

    return idx
