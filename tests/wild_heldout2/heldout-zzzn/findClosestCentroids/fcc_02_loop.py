import numpy as np


def find_closest_centroids(X, centroids):
    """Return, for every example, the index (1..K) of the closest centroid."""
    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros(m, dtype=int)

    for i in range(m):
        best = np.inf
        for k in range(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= best:
                best = d
                idx[i] = k + 1
    return idx
