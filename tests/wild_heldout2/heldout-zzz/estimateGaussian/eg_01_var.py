import numpy as np


def estimateGaussian(X):
    m, n = X.shape
    mu = np.mean(X, axis=0).reshape(n, 1)
    sigma2 = np.var(X, axis=0).reshape(n, 1)
    return mu, sigma2
