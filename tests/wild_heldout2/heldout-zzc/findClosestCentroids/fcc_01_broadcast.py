import numpy as np


def find_closest_centroids(X, centroids):
    """Return, for every row of X, the (1-based) index of the nearest centroid.

    Distances are squared euclidean; np.argmin keeps the first minimum, so
    ties go to the lowest index like Octave's min.
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    idx = np.argmin(dist, axis=1) + 1
    return idx.reshape(-1, 1)
