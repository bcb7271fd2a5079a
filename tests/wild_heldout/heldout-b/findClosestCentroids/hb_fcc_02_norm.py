import numpy as np


def findClosestCentroids(X, centroids):
    # Set K
    K = centroids.shape[0]

    # index of the closest centroid for every example (0..K-1, used directly
    # as a row index into centroids by computeCentroids / the plotting code)
    idx = np.zeros(X.shape[0], dtype=int)

    for i in range(X.shape[0]):
        distances = [np.linalg.norm(X[i] - centroids[k]) for k in range(K)]
        idx[i] = np.argmin(distances)

    return idx
