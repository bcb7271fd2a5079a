import numpy as np


def projectData(X, U, K):
    # mean normalise before projecting
    mu = np.mean(X, axis=0)
    X_norm = X - mu
    Z = np.dot(X_norm, U[:, :K])
    print "Projected data shape:", Z.shape
    return Z
