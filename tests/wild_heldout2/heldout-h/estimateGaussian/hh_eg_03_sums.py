import numpy as np


def estimateGaussian(X):
    # Useful variables
    m = len(X[0])

    # mean of every feature
    mu = np.sum(X, axis=0) / m
    mu = mu.reshape(-1, 1)

    # variance of every feature (maximum likelihood, divide by m)
    sigma2 = np.sum((X - mu.T) ** 2, axis=0) / m
    sigma2 = sigma2.reshape(-1, 1)

    return mu, sigma2
