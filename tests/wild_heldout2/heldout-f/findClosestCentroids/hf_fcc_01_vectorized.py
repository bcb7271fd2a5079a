import numpy as np


def find_closest_centroids(X, centroids):
    """Return, for every row of X, the (1-based) index of the nearest centroid.

    X is (m, n), centroids is (K, n); the result is an (m,) integer vector with
    values in 1..K, as in the Octave exercise.
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)          # (m, K)
    idx = np.argmin(dist, axis=1) + 1         # argmin keeps the first of ties
    return idx
