import numpy as np


def findClosestCentroids(X, centroids):
    # Set K
    K = centroids.shape[0]

    # You need to return the following variables correctly.
    idx = np.zeros((X.shape[0], 1), dtype=int)

    # ====================== YOUR CODE HERE ======================
    for i in range(X.shape[0]):
        min_dist = 10000
        for k in range(K):
            d = np.sum((X[i, :] - centroids[k, :]) ** 2)
            if d <= min_dist:
                min_dist = d
                idx[i] = k + 1
    # =============================================================

    return idx
