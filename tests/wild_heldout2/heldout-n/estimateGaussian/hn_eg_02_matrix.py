import numpy as np


def estimateGaussian(X):
    X = np.matrix(X)
    m, n = X.shape
    mu = X.mean(0).T                      # n x 1
    diff = X - mu.T
    sigma2 = np.multiply(diff, diff).sum(0).T / m
    return mu, sigma2
