import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros(m, dtype=int)

    for i in xrange(m):
        distances = np.zeros(K)
        for k in xrange(K):
            diff = X[i, :] - centroids[k, :]
            distances[k] = np.dot(diff, diff)
        idx[i] = np.argmin(distances)

    return idx


if __name__ == '__main__':
    X = np.array([[1.0, 2.0], [5.0, 6.0], [0.0, 1.0]])
    c = np.array([[0.0, 0.0], [5.0, 5.0]])
    print findClosestCentroids(X, c)
