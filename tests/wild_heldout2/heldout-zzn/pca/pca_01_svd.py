import numpy as np


def pca(X):
    # X is expected to be normalised already (featureNormalize)
    m, n = X.shape

    Sigma = (1.0 / m) * X.T.dot(X)
    U, S, V = np.linalg.svd(Sigma)

    return U, np.diag(S)
