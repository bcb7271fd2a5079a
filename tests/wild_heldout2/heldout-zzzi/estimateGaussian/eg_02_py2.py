import numpy as np


def estimateGaussian(X):
    m, n = X.shape

    mu = np.zeros(n)
    sigma2 = np.zeros(n)

    mu = (1/m) * np.sum(X, axis=0)
    sigma2 = (1/m) * np.sum((X - mu) ** 2, axis=0)

    print "mu:", mu
    print "sigma2:", sigma2

    return mu, sigma2
