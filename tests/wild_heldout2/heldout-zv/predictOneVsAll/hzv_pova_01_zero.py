import numpy as np
from scipy.special import expit


def predictOneVsAll(all_theta, X):
    """Predict the class for each row of X with the trained one-vs-all classifiers.

    Returns the row index of all_theta (0..K-1) with the highest probability,
    i.e. classifier c is trained on (y == c) with the digit 0 kept as class 0.
    """
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    p = np.argmax(expit(X.dot(all_theta.T)), axis=1)
    return p
