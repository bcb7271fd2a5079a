# -*- coding: utf-8 -*-
import numpy as np


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.flatten()

    for k in xrange(1, K + 1):
        points = X[idx == k]
        if len(points) == 0:
            print "warning: centroid %d has no points" % k
            continue
        centroids[k - 1, :] = np.mean(points, axis=0)

    return centroids
