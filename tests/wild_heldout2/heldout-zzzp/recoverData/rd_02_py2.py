# ex7_pca.py  (python 2)
import numpy as np


def projectData(X, U, K):
    return X.dot(U[:, :K])


def recoverData(Z, U, K):
    U_reduce = U[:K, :]
    X_rec = Z.dot(U_reduce)
    print "recovered", X_rec.shape
    return X_rec
