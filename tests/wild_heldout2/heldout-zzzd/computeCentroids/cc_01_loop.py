import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(1, K):
        members = X[idx == k]
        if len(members) > 0:
            centroids[k - 1, :] = np.mean(members, axis=0)

    return centroids
