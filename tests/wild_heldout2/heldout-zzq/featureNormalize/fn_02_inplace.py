import numpy as np


def feature_normalize(X):
    X_norm = X
    mu = np.mean(X_norm, axis=0)
    sigma = np.std(X_norm, axis=0)

    X_norm -= mu
    X_norm /= sigma

    return X_norm, mu, sigma
