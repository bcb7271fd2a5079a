import numpy as np


def featureNormalize(X):
    #FEATURENORMALIZE Normalizes the features in X
    #   FEATURENORMALIZE(X) returns a normalized version of X where
    #   the mean value of each feature is 0 and the standard deviation
    #   is 1.
    X_norm = X
    n = X.shape[1]
    mu = np.zeros(n)
    sigma = np.zeros(n)

    for i in range(n):
        mu[i] = np.mean(X[:, i])
        sigma[i] = np.std(X[:, i], ddof=1)

    # first column is the intercept, leave it alone
    for i in range(1, n):
        X_norm[:, i] = (X_norm[:, i] - mu[i]) / sigma[i]

    return X_norm, mu, sigma
