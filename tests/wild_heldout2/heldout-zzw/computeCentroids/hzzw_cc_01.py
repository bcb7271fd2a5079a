import numpy as np


def computeCentroids(X, idx, K):
    """Returns the new centroids by computing the means of the data points
    assigned to each centroid."""
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(1, K + 1):
        members = X[idx == k]
        # avoid division by zero when a centroid lost all its points
        if len(members) > 0:
            centroids[k - 1, :] = members.sum(axis=0) / len(members)

    return centroids
