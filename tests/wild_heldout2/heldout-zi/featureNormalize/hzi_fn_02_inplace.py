import numpy as np


def featureNormalize(X):
    mu = np.mean(X, axis=0)
    X -= mu
    sigma = np.std(X, axis=0)
    X /= sigma
    return X, mu, sigma
