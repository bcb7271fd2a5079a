import numpy as np


def computeCentroids(X, idx, K):
    # X: (m, n) examples, idx: centroid index (1..K) of every example, as loaded from the .mat file
    m, n = X.shape
    centroids = np.zeros((K, n))

    idx = idx.flatten()
    for k in range(1, K + 1):
        centroids[k - 1, :] = np.mean(X[idx == k, :], axis=0)

    return centroids
