import numpy as np


def compute_centroids(X, idx, K):
    """Returns the new centroids by computing the means of the data points
    assigned to each centroid."""
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(K):
        members = X[idx == k]
        if len(members) > 0:
            centroids[k] = members.mean(axis=0)

    return centroids
