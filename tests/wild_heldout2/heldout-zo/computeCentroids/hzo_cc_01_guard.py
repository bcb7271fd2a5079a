import numpy as np


def computeCentroids(X, idx, K):
    # Useful variables
    m, n = X.shape

    # You need to return the following variables correctly.
    centroids = np.zeros((K, n))

    idx = idx.ravel()
    for i in range(1, K + 1):
        members = np.where(idx == i)[0]
        # avoid dividing by zero when a centroid lost all its points
        if len(members) > 0:
            centroids[i - 1, :] = np.mean(X[members, :], axis=0)

    return centroids
