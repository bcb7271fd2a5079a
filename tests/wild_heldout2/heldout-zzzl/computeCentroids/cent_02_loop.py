import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    sums = np.zeros((K, n))
    counts = np.zeros(K)

    # accumulate every example into its cluster
    for i in range(m):
        k = idx[i] - 1
        sums[k] += X[i]
        counts[k] += 1

    centroids = np.zeros((K, n))
    for k in range(K):
        if counts[k] > 0:
            centroids[k] = sums[k] / counts[k]
    return centroids
