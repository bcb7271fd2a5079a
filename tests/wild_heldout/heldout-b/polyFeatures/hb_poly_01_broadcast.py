import numpy as np


def polyFeatures(X, p):
    # column j holds X ** j for j = 1..p (no bias column here)
    X = np.asarray(X).reshape(-1, 1)
    return X ** np.arange(1, p + 1)
