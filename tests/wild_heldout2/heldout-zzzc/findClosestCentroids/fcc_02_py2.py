import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1))

    for i in xrange(m):
        best = float('inf')
        for k in xrange(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= best:
                best = d
                idx[i] = k + 1

    print "assigned %d examples to %d centroids" % (m, K)
    return idx
