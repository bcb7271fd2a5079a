import numpy as np
import scipy.linalg


def pca(X):
    # X is assumed to be normalised already (featureNormalize)
    m, n = X.shape

    Sigma = X.T.dot(X) / m
    U, S, Vt = scipy.linalg.svd(Sigma)

    return U, np.diag(S)
