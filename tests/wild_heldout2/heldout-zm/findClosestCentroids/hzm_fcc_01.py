import numpy as np


def findClosestCentroids(X, centroids):
    """Returns idx (m,) with values 1..K, the nearest centroid of every row of X."""
    K = centroids.shape[0]
    m = X.shape[0]

    dist = np.zeros((m, K))
    for k in range(K):
        dist[:, k] = np.sum((X - centroids[k, :]) ** 2, axis=1)

    # argmin returns the first minimum, like min() in octave; +1 for 1-based idx
    idx = np.argmin(dist, axis=1) + 1
    return idx
