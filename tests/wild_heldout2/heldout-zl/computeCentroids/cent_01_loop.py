import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    idx = idx.flatten()

    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        members = X[idx == k, :]
        centroids[k - 1, :] = np.mean(members, axis=0)

    return centroids
