import numpy as np


def find_closest_centroids(X, centroids):
    """Assign every example to its nearest centroid.

    Returns a 1-D array of centroid numbers in 1..K (Octave numbering,
    so the result can be compared with the course's expected output).
    """
    # (m, 1, n) - (1, K, n) -> (m, K, n)
    diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
    sq_dist = np.sum(diff ** 2, axis=2)
    idx = np.argmin(sq_dist, axis=1) + 1
    return idx
