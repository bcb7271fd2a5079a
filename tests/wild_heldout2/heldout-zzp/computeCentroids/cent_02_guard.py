import numpy as np


def compute_centroids(X, idx, K):
    centroids = np.zeros((K, X.shape[1]))
    idx = np.ravel(idx)
    for k in range(K):
        members = X[idx == k + 1]
        if len(members) > 0:  # avoid division by zero
            centroids[k] = members.sum(axis=0) / len(members)
    return centroids
