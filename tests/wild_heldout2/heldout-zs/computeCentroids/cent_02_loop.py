import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    counts = np.zeros(K)

    # accumulate the points of every cluster
    for i in range(m):
        c = idx[i] - 1
        centroids[c, :] += X[i, :]
        counts[c] += 1

    # divide by the number of points (skip clusters with no points)
    for k in range(K):
        if counts[k] > 0:
            centroids[k, :] = centroids[k, :] / counts[k]

    return centroids
