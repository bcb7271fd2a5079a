import numpy as np


def findClosestCentroids(X, centroids):
    # squared distance from every example to every centroid, shape (m, K)
    dist = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    # +1 so that the indices are 1..K like in the octave version
    idx = np.argmin(dist, axis=1) + 1
    return idx.reshape(-1, 1)
