import numpy as np


def find_closest_centroids(X, centroids):
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    sq_dist = np.sum(diff ** 2, axis=2)
    # +1 so the indices match the 1..K of the octave version
    idx = np.argmin(sq_dist, axis=1) + 1
    return idx
