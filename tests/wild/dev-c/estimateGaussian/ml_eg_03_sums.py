import numpy as np


def estimateGaussian(X):
    m, n = X.shape

    mu = (1. / m) * np.sum(X, axis=0)
    sigma2 = (1. / m) * np.sum((X - mu) ** 2)

    return mu.reshape(n, 1), sigma2
