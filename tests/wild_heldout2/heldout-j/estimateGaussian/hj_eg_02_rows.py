import numpy as np


# X is stored features x samples (n x m): every column is one example
def estimate_gaussian(X):
    u = np.mean(X, axis=1, keepdims=True)
    var = np.mean((X - u) ** 2, axis=1, keepdims=True)
    return u, var
