import numpy as np


def compute_centroids(X, idx, K):
    """
    Returns the new centroids by computing the means of the
    data points assigned to each centroid.

    X   : (m, n) data
    idx : (m,) centroid assignment of every example, values in [1..K]
          (as returned by findClosestCentroids)
    K   : number of centroids
    """
    m, n = X.shape
    centroids = np.zeros((K, n))

    for k in range(K):
        points = X[idx.ravel() == k]
        centroids[k] = np.mean(points, axis=0)

    return centroids
