import numpy as np


def featureNormalize(X):
    X_norm = X
    mu = X.mean()
    X_norm -= mu
    sigma = X_norm.std(axis=0, ddof=1)
    X_norm /= sigma
    return X_norm, mu, sigma
