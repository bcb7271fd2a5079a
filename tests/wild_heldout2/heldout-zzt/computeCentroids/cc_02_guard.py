import numpy as np


def compute_centroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))

    idx = idx.flatten()
    for i in range(K):
        # points that belong to centroid i+1 (idx is 1-based like in octave)
        points = X[np.where(idx == i + 1)[0], :]
        if len(points) > 0:
            centroids[i, :] = np.mean(points, axis=0)

    return centroids
