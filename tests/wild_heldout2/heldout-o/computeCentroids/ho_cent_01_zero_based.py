import numpy as np


def compute_centroids(X, idx, K):
    """New centroids = mean of the points assigned to each one.
    idx holds the output of find_closest_centroids, i.e. values 0..K-1 (argmin)."""
    m, n = X.shape
    centroids = np.zeros((K, n))
    for k in range(K):
        centroids[k, :] = np.mean(X[idx.ravel() == k], axis=0)
    return centroids
