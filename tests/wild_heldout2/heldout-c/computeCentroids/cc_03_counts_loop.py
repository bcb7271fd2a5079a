import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))

    for i in range(1, K):
        members = np.where(idx == i)[0]
        count = len(members)
        if count > 0:
            centroids[i - 1, :] = np.sum(X[members, :], axis=0) / count

    return centroids
