import numpy as np


def estimate_gaussian(X):
    # X: (m, n) data, one example per row
    m, n = X.shape

    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2) / m

    return mu.reshape(n, 1), sigma2
