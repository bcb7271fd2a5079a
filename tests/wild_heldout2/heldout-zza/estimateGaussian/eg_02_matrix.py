import numpy as np


def estimateGaussian(X):
    X = np.matrix(X)
    m = X.shape[1]

    mu = X.sum(axis=0).T / m
    diff = X - mu.T
    sigma2 = np.multiply(diff, diff).sum(axis=0).T / m

    return mu, sigma2
