import numpy as np


def compute_centroids(X, idx, K):
    """Returns the new centroids by computing the means of the data
    points assigned to each centroid."""
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.ravel()

    for k in xrange(K):
        members = X[idx == k, :]
        centroids[k, :] = members.sum(axis=0) / float(members.shape[0])

    print "centroids:", centroids
    return centroids
