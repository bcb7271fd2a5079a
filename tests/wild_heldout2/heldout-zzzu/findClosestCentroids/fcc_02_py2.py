import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in xrange(m):
        min_dist = np.inf
        for j in xrange(K):
            d = np.sum((X[i, :] - centroids[j, :]) ** 2)
            if d <= min_dist:
                min_dist = d
                idx[i] = j + 1

    print "assigned", m, "examples to", K, "centroids"
    return idx
