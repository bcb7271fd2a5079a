import numpy as np


def projectData(X, U, K):
    # here the data is stored one example per COLUMN (n x m), as in the rest of
    # this repo's pca module; Z comes back as K x m
    return np.dot(U[:, :K].T, X)
