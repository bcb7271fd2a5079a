import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in xrange(m):
        min_dist = np.inf
        for k in xrange(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= min_dist:
                min_dist = d
                idx[i] = k + 1   # octave indices start at 1

    return idx


if __name__ == '__main__':
    X = np.array([[1.8, 4.6], [5.6, 4.8], [6.3, 3.3]])
    initial_centroids = np.array([[3, 3], [6, 2], [8, 5]])
    print 'Closest centroids for the first 3 examples:'
    print findClosestCentroids(X, initial_centroids).ravel()
    print '(the closest centroids should be 1, 3, 2 respectively)'
