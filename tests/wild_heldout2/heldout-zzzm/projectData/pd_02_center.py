import numpy as np


def projectData(X, U, K):
    # PCA works on zero-mean data, so center X before projecting
    X_centered = X - np.mean(X, axis=0)

    Ureduce = U[:, 0:K]
    Z = np.dot(X_centered, Ureduce)
    return Z
