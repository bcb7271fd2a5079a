import numpy as np


def compute_centroids(X, idx, K):
    n = X.shape[1]
    centroids = np.zeros((K, n))
    # idx comes back as a column vector, flatten it for the boolean mask
    idx = idx.flatten()
    for k in range(K):
        points = X[idx == k]
        centroids[k] = points.mean(axis=0)
    return centroids
