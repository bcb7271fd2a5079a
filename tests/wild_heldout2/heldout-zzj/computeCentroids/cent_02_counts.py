import numpy as np


def compute_centroids(X, idx, K):
    m, n = X.shape
    sums = np.zeros((K, n))
    counts = np.zeros(K)

    for i in range(m):
        c = int(idx.flat[i]) - 1
        sums[c, :] += X[i, :]
        counts[c] += 1

    counts[counts == 0] = 1  # avoid division by zero for empty clusters
    centroids = sums / counts[:, np.newaxis]
    return centroids
