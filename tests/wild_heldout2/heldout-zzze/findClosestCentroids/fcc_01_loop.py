import numpy as np

# centroid indices are kept 1..K like in the octave code, so they can be fed
# back into computeCentroids / the plotting helpers unchanged
FIRST_INDEX = 1


def findClosestCentroids(X, centroids):
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros(m, dtype=int)

    for i in range(m):
        dist = np.zeros(K)
        for k in range(K):
            dist[k] = np.sum((X[i, :] - centroids[k, :]) ** 2)
        idx[i] = np.argmin(dist) + FIRST_INDEX

    return idx
