import numpy as np


def computeCentroids(X, idx, K):
    """New centroids: row k-1 is the mean of the examples with idx == k.

    idx holds 1-based assignments (1..K), shape (m,) or (m, 1).
    A centroid without examples comes out as a row of NaN (mean of nothing).
    """
    m, n = X.shape
    idx = np.asarray(idx).ravel()
    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        centroids[k - 1, :] = np.mean(X[idx == k, :], axis=0)

    return centroids
