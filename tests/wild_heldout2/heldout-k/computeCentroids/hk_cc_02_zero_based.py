import numpy as np


def compute_centroids(X, idx, K):
    """Return the (K, n) matrix of cluster means.

    idx holds 0-based cluster indices (as returned by np.argmin in
    find_closest_centroids), so cluster k is idx == k for k in 0..K-1.
    """
    centroids = np.array([X[idx.ravel() == k].mean(axis=0) for k in range(K)])
    return centroids.reshape(K, X.shape[1])
