import numpy as np


def computeCentroids(X, idx, K):
    # returns the new centroids by computing the means of the data points
    # assigned to each centroid (idx holds 1..K like in the octave version)
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.flatten()

    for k in xrange(1, K):
        members = X[idx == k]
        if len(members) > 0:
            centroids[k - 1, :] = np.sum(members, axis=0) / len(members)

    return centroids


if __name__ == '__main__':
    X = np.array([[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0], [3.5, 5.0]])
    idx = np.array([[1], [1], [2], [2], [2]])
    print computeCentroids(X, idx, 2)
