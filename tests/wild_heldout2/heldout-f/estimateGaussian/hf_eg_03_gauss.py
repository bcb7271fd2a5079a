import numpy as np


def estimate_gaussian(X):
    n, m = X.shape   # features, examples

    mu = np.zeros(n)
    sigma2 = np.zeros(n)

    mu = (1.0 / m) * np.sum(X, 0)
    sigma2 = (1.0 / m) * np.sum(np.power(X - mu, 2), 0)

    return mu, sigma2
