import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))

    for k in xrange(1, K + 1):
        members = np.where(idx.ravel() == k)[0]
        if len(members) > 0:
            centroids[k - 1, :] = np.mean(X[members, :], axis=0)
        else:
            print "centroid %d has no points assigned" % k

    return centroids
