import numpy as np


def estimate_gaussian(X):
    n, m = X.shape

    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2, axis=0) / m

    return mu, sigma2
