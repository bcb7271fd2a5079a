import numpy as np


def computeCentroids(X, idx, K):
    X = np.matrix(X)
    m, n = X.shape
    centroids = np.matrix(np.zeros((K, n)))

    for k in range(K):
        rows = np.where(np.asarray(idx).ravel() == k + 1)[0]
        centroids[k, :] = np.mean(X[rows, :])

    return np.asarray(centroids)
