import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.flatten()

    for k in range(1, K + 1):
        points = X[idx == k]
        centroids[k - 1, :] = np.mean(points)

    return centroids
