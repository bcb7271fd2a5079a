import numpy as np


def polyFeatures(X, p):
    # X_poly(:, i) = X .^ i  for i = 1..p
    x = X.flatten()
    return np.column_stack([x ** i for i in range(1, p + 1)])
