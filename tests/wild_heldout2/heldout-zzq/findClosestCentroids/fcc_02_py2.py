import numpy as np


def findClosestCentroids(X, centroids):
    """returns the closest centroids in idx for a dataset X where each row
    is a single example. idx = m x 1 vector of centroid assignments
    (i.e. each entry in range [1..K])"""
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in xrange(m):
        min_dist = np.inf
        for k in xrange(K):
            diff = X[i, :] - centroids[k, :]
            dist = np.dot(diff, diff)
            if dist <= min_dist:
                min_dist = dist
                idx[i] = k + 1

    print "idx computed for", m, "examples"
    return idx
