import numpy as np


def computeCentroids(X, idx, K):
    """returns the new centroids by computing the means of the data points
    assigned to each centroid. idx holds values 1..K (m x 1 from findClosestCentroids)
    """
    m, n = X.shape
    centroids = np.zeros((K, n))

    idx = idx.ravel()
    for k in range(1, K + 1):
        centroids[k - 1, :] = np.mean(X[idx == k, :], axis=0)

    return centroids
