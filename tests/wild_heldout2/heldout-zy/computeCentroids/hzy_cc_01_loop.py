import numpy as np


def computeCentroids(X, idx, K):
    """Return the new centroids: row k-1 is the mean of the examples with idx == k.

    idx holds cluster numbers 1..K as in the Octave exercise (loadmat or
    findClosestCentroids output). An empty cluster gives a row of NaN, like
    mean() of an empty matrix in Octave.
    """
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k, :]
        centroids[k - 1, :] = np.mean(members, axis=0)
    return centroids
