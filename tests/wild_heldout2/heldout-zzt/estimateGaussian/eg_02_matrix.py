import numpy as np


def estimate_gaussian(X):
    X = np.matrix(X)
    m, n = X.shape
    mu = X.mean(0)
    sigma2 = np.sum(np.power(X - mu, 2)) / m
    return mu.T, sigma2
