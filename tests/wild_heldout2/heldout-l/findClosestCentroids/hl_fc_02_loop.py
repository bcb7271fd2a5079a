import numpy as np


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros((m, 1))

    for i in range(1, m):
        dist = []
        for k in range(K):
            d = X[i, :] - centroids[k, :]
            dist.append(np.dot(d, d))
        # octave indexes from 1
        idx[i] = dist.index(min(dist)) + 1

    return idx
