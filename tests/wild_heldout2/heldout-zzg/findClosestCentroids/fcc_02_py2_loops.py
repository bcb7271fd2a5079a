import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1))

    for i in xrange(m):
        min_dist = np.inf
        for j in xrange(K):
            dist = np.sum((X[i, :] - centroids[j, :]) ** 2)
            if dist <= min_dist:
                min_dist = dist
                idx[i] = j + 1

    return idx


if __name__ == '__main__':
    X = np.array([[1.0, 2.0], [3.0, 4.0], [0.0, 0.5]])
    c = np.array([[0.0, 0.0], [3.0, 3.0]])
    print 'Closest centroids:', findClosestCentroids(X, c).ravel()
