import numpy as np


def featureNormalize(X):
    X_norm = X
    mu = np.zeros((1, X.shape[1]))
    sigma = np.zeros((1, X.shape[1]))

    for i in range(X.shape[1]):
        mu[0, i] = np.mean(X[:, i])
        sigma[0, i] = np.std(X[:, i], ddof=1)
        X_norm[:, i] = (X[:, i] - mu[0, i]) / sigma[0, i]

    return X_norm, mu, sigma
