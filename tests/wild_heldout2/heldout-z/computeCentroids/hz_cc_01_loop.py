import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(1, K + 1):
        members = X[idx == k]
        # mean of an empty selection gives nan (same as octave)
        centroids[k - 1, :] = np.mean(members, axis=0)

    return centroids
