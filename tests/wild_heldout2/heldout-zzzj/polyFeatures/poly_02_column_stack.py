import numpy as np


#POLYFEATURES Maps X (1D vector) into the p-th power
#   X_poly(i, :) = [X(i) X(i).^2 X(i).^3 ...  X(i).^p];
def polyFeatures(X, p):
    X = X.reshape(-1, 1)
    X_poly = X
    for i in range(2, p + 1):
        X_poly = np.c_[X_poly, np.power(X, i)]
    return X_poly
