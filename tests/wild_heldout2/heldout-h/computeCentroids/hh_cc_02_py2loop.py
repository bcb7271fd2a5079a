import numpy as np

def computeCentroids(X, idx, K):
    m, n = X.shape
    idx = idx.flatten()
    centroids = np.zeros((K, n))
    counts = np.zeros(K)

    # accumulate the sum of the points of every centroid
    for i in xrange(1, m):
        k = int(idx[i]) - 1
        centroids[k, :] += X[i, :]
        counts[k] += 1

    for k in xrange(K):
        if counts[k] > 0:
            centroids[k, :] /= counts[k]

    return centroids
