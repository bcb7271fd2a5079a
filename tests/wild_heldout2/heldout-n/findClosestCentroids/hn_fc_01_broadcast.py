import numpy as np


def find_closest_centroids(X, centroids):
    # (m, 1, n) - (1, K, n) -> (m, K, n), squared distance to every centroid
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    idx = np.argmin(dist, axis=1) + 1   # centroids numbered 1..K like in octave
    return idx.reshape(-1, 1)
