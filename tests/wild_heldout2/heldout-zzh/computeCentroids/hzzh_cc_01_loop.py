import numpy as np


def computeCentroids(X, idx, K):
    """Returns the new centroids by computing the means of the data points
    assigned to each centroid. idx holds values 1..K (as in findClosestCentroids).
    """
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in range(1, K + 1):
        points = X[idx == k, :]
        centroids[k - 1, :] = np.mean(points, axis=0)

    return centroids
