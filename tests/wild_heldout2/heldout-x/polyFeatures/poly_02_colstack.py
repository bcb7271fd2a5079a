import numpy as np

def polyFeatures(X, p):
    # X is (m,1) from ex5data1.mat
    x = X.ravel()
    cols = [x ** i for i in range(1, p + 1)]
    return np.column_stack(cols)
