import numpy as np


def compute_centroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.reshape(-1)

    for k in range(1, K + 1):
        points = X[idx == k]
        # avoid "mean of empty slice" warnings
        if len(points) > 0:
            centroids[k - 1, :] = np.mean(points, axis=0)

    return centroids
