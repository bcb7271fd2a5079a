import numpy as np


def findClosestCentroids(X, centroids):
    # Set K
    K = centroids.shape[0]
    m = X.shape[0]

    # idx(i) in 1..K, like the octave version
    idx = np.zeros((m, 1))

    for i in xrange(m):
        min_dist = np.inf
        for j in xrange(K):
            dist = np.sum((X[i, :] - centroids[j, :]) ** 2)
            if dist <= min_dist:
                min_dist = dist
                idx[i] = j + 1

    print "findClosestCentroids: assigned %d examples to %d centroids" % (m, K)
    return idx
