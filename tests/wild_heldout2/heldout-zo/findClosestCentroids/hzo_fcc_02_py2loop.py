# ex7 - K-means clustering
# python 2.7
import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1), dtype=int)

    for i in xrange(m):
        min_dist = float('inf')
        for j in xrange(K):
            d = np.sum((X[i, :] - centroids[j, :]) ** 2)
            if d <= min_dist:
                min_dist = d
                idx[i] = j + 1

    return idx


if __name__ == '__main__':
    X = np.array([[1.0, 2.0], [3.0, 4.0], [0.5, 0.5]])
    initial_centroids = np.array([[0.0, 0.0], [3.0, 3.0]])
    idx = findClosestCentroids(X, initial_centroids)
    print 'Closest centroids for the first 3 examples:'
    print idx[:3].ravel()
