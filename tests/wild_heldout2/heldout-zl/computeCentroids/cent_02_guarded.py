import numpy as np


def compute_centroids(X, idx, K):
    """
    Returns the new centroids by computing the means of the data points
    assigned to each centroid.

    X   : (m, n) data
    idx : (m,) or (m, 1) assignments in 1..K (as returned by find_closest_centroids)
    K   : number of centroids
    """
    m, n = X.shape
    idx = np.ravel(idx)
    centroids = np.zeros((K, n))

    for k in range(K):
        points = X[idx == k + 1]
        if len(points) > 0:
            centroids[k] = points.sum(axis=0) / len(points)

    return centroids
