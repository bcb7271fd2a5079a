import numpy as np


def computeCentroids(X, idx, K):
    # idx comes from findClosestCentroids: (m, 1), values 1..K
    idx = idx.ravel()
    return np.array([X[idx == k].mean(axis=0) for k in range(1, K + 1)])
