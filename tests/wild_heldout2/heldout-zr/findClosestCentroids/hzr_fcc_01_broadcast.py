import numpy as np


def find_closest_centroids(X, centroids):
    """Return idx (values 1..K, like the Octave version) of the nearest centroid
    for every row of X."""
    # (m, 1, n) - (1, K, n) -> (m, K, n), then squared distance per pair
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    dist = np.sum(diff ** 2, axis=2)
    # argmin returns the first minimum on ties, same as Octave's min
    return np.argmin(dist, axis=1) + 1
