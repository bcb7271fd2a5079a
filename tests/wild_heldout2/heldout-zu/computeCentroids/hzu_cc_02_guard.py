import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))

    for i in range(1, K + 1):
        members = X[idx.flatten() == i]
        if members.shape[0] == 0:
            # no points assigned to this centroid, avoid dividing by zero
            continue
        centroids[i - 1, :] = members.sum(axis=0) / members.shape[0]

    return centroids
