import numpy as np


def featureNormalize(X):
    X_norm = X
    num_features = X.shape[1]
    mu = np.zeros(num_features)
    sigma = np.zeros(num_features)

    for i in range(num_features):
        mu[i] = np.mean(X[:, i])
        sigma[i] = np.std(X[:, i], ddof=1)
        if sigma[i] == 0:
            # avoid division by zero for constant features
            sigma[i] = 1
        X_norm[:, i] = (X_norm[:, i] - mu[i]) / sigma[i]

    return X_norm, mu, sigma
