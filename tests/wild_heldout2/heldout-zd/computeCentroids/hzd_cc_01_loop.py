import numpy as np


def computeCentroids(X, idx, K):
    """Recompute the centroids as the mean of the points assigned to them.

    idx holds the (1-based, as in the Octave code) centroid index of each row
    of X, either as (m,) or (m, 1).
    """
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(1, K + 1):
        points = X[idx == k]
        # an empty cluster gives a row of nan, like mean() in Octave
        centroids[k - 1, :] = np.mean(points, axis=0)

    return centroids
