import numpy as np


def computeCentroids(X, idx, K):
    """Returns the new centroids by computing the means of the data points
    assigned to each centroid.

    X   : (m, n) data
    idx : (m,) or (m, 1) assignments in 1..K (as returned by findClosestCentroids)
    K   : number of centroids
    """
    m, n = X.shape
    idx = np.asarray(idx).flatten()

    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        # an empty cluster gives a row of NaN, like mean() in Octave
        centroids[k - 1, :] = np.mean(X[idx == k, :], axis=0)

    return centroids
