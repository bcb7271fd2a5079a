import numpy as np


def estimateGaussian(X):
    X = np.matrix(X)
    m, n = X.shape

    mu = X.mean(axis=0).T
    diff = X - mu.T
    sigma2 = (np.multiply(diff, diff).sum(axis=0) / m).T

    return mu, sigma2
