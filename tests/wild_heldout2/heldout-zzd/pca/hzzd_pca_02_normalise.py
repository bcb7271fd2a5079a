import numpy as np


def pca(X):
    # normalize the features first
    X = (X - X.mean(axis=0)) / X.std(axis=0)

    X = np.matrix(X)
    n = X.shape[1]
    cov = (X.T * X) / n

    U, S, V = np.linalg.svd(cov)
    return U, np.diag(S)
