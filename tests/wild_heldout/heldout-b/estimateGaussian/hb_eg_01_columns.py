import numpy as np


def estimateGaussian(X):
    # X is m x n, one example per row
    m, n = X.shape

    mu = (np.sum(X, axis=0) / m).reshape(n, 1)
    sigma2 = (np.sum((X - mu.T) ** 2, axis=0) / m).reshape(n, 1)

    return mu, sigma2
