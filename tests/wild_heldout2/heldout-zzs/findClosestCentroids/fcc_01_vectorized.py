import numpy as np


def find_closest_centroids(X, centroids):
    """Return, for every row of X, the (1-based) index of the nearest centroid."""
    # squared distances, shape (m, K)
    dists = ((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2).sum(axis=2)
    # np.argmin returns the first minimum, like Octave's min
    idx = np.argmin(dists, axis=1) + 1
    return idx
