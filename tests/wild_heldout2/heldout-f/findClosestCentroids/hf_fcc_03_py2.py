from numpy import *


def findClosestCentroids(X, centroids):
    K = shape(centroids)[0]
    m = shape(X)[0]
    idx = zeros((m, 1))

    for i in xrange(m):
        lowest = inf
        for k in xrange(K):
            d = X[i, :] - centroids[k, :]
            cost = d.dot(d)
            if cost <= lowest:
                lowest = cost
                idx[i] = k + 1

    print "idx shape", idx.shape
    return idx
