import numpy as np


def project_data(X, U, K):
    # one example per column: Z is K x m
    U_reduce = U[:, :K]
    return U_reduce.T @ X.T


def recover_data(Z, U, K):
    # Z is K x m (output of project_data), result is n x m
    U_reduce = U[:, :K]
    return U_reduce @ Z
