import numpy as np


def estimateGaussian(X):
    # mean and (biased, divisor m) variance of every feature
    mu = X.mean(axis=0)
    sigma2 = X.var(axis=0)
    return mu, sigma2
