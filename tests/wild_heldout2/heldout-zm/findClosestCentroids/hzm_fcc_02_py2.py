import numpy as np


def find_closest_centroids(X, centroids):
    m = X.shape[0]
    K = centroids.shape[0]
    idx = np.zeros(m, dtype=int)

    for i in xrange(m):
        min_dist = np.inf
        for j in xrange(K):
            d = np.sum((X[i, :] - centroids[j, :]) ** 2)
            if d <= min_dist:
                min_dist = d
                idx[i] = j

    return idx


if __name__ == '__main__':
    X = np.array([[1.0, 2.0], [5.0, 1.0], [3.0, 3.0]])
    initial_centroids = np.array([[3.0, 3.0], [6.0, 2.0], [8.0, 5.0]])
    idx = find_closest_centroids(X, initial_centroids)
    print 'Closest centroids for the first 3 examples:'
    print idx[:3]
