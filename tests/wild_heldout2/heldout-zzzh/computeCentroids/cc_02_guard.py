import numpy as np


def compute_centroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))
    idx = idx.flatten()

    for i in range(K):
        points = np.where(idx == i + 1)[0]
        # avoid dividing by zero when a centroid has no points
        if len(points) > 0:
            centroids[i] = X[points].sum(axis=0) / len(points)

    return centroids
