import numpy as np


def findClosestCentroids(X, centroids):
    # FINDCLOSESTCENTROIDS computes the centroid memberships for every example
    #   idx = findClosestCentroids(X, centroids) returns the closest centroids
    #   in idx for a dataset X where each row is a single example.
    #   NOTE: python indexing -> idx holds values in 0..K-1 so that
    #   centroids[idx] works directly in computeCentroids / plotting.

    K = centroids.shape[0]
    m = X.shape[0]
    idx = np.zeros(m, dtype=int)

    for i in range(m):
        distances = np.zeros(K)
        for k in range(K):
            distances[k] = np.sum((X[i, :] - centroids[k, :]) ** 2)
        idx[i] = np.argmin(distances)

    return idx
