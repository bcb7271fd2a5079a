import numpy as np


def estimateGaussian(X):
    # mean and variance of every feature (maximum likelihood: divide by m)
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0)
    return mu, sigma2
