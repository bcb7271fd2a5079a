import numpy as np


def computeCentroids(X, idx, K):
    # idx comes from findClosestCentroids, 1-based like the Octave version
    m, n = X.shape
    idx = idx.flatten()
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        points = X[idx == k]
        centroids[k - 1, :] = points.mean(axis=0)
    return centroids
