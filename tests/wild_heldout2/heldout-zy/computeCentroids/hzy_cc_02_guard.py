import numpy as np


def compute_centroids(X, idx, K):
    m, n = X.shape
    idx = np.asarray(idx).flatten()
    centroids = np.zeros((K, n))

    for k in range(K):
        mask = idx == k + 1
        count = np.sum(mask)
        if count > 0:  # avoid division by zero for empty clusters
            centroids[k] = X[mask].sum(axis=0) / count

    return centroids
