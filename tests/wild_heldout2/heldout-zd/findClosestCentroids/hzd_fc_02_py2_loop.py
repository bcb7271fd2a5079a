from numpy import *


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = zeros((m, 1), dtype=int)

    for i in xrange(m):
        best = inf
        for k in xrange(K):
            d = sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= best:
                best = d
                idx[i] = k + 1

    return idx
