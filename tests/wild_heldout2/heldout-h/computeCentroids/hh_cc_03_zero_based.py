import numpy as np


def compute_centroids(X, idx, K):
    # idx comes from find_closest_centroids, which uses np.argmin -> 0..K-1
    return np.array([X[idx == k].mean(axis=0) for k in range(K)])
