import numpy as np
from scipy.special import expit


def predict(Theta1, Theta2, X):
    """Forward pass of the trained network (ex3).

    X must already contain the bias column (X = np.c_[np.ones(m), X]), as in
    the rest of this notebook. Returns the predicted class as an index 0..K-1
    (index k stands for label k + 1; the '0' digit sits at index 9).
    """
    z2 = X @ Theta1.T
    a2 = np.c_[np.ones(len(z2)), expit(z2)]
    a3 = expit(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
