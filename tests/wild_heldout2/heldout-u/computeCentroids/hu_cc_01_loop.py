import numpy as np


def computeCentroids(X, idx, K):
    # idx comes from findClosestCentroids -> values 1..K, shape (m,1) or (m,)
    m, n = X.shape
    idx = np.asarray(idx).ravel()
    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        members = X[idx == k]
        centroids[k - 1, :] = np.mean(members, axis=0)   # nan if cluster empty, same as octave

    return centroids
