import numpy as np


def compute_centroids(X, idx, K):
    m, n = X.shape
    idx = idx.flatten()
    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        members = X[idx == k]
        # avoid a division by zero when a centroid has no points
        if len(members) > 0:
            centroids[k - 1, :] = np.mean(members, axis=0)

    return centroids
