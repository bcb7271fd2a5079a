import numpy as np


def computeCentroids(X, idx, K):
    """ returns the new centroids by computing the means of the data points
    assigned to each centroid. idx holds values in 1..K
    """
    m, n = X.shape
    idx = idx.flatten()
    centroids = np.zeros((K, n))

    for k in xrange(1, K):
        points = X[idx == k, :]
        centroids[k - 1, :] = np.sum(points, axis=0) / float(points.shape[0])

    print "centroids:", centroids
    return centroids
