import numpy as np
import scipy.linalg


def pca(X):
    """Run PCA on the (already normalised) data X.

    Returns U (principal directions in the columns) and S (n x n diagonal
    matrix of the variances), like the octave function.
    """
    m = X.shape[0]
    sigma = X.T.dot(X) / m
    U, s, Vh = scipy.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
