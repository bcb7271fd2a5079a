import numpy as np


def findClosestCentroids(X, centroids):
    # Set K
    K = centroids.shape[0]
    m = X.shape[0]

    # You need to return the following variables correctly.
    idx = np.zeros((m, 1), dtype=int)

    for i in range(m):
        dist = np.sum(np.square(centroids - X[i, :]))
        idx[i] = np.argmin(dist) + 1

    return idx
