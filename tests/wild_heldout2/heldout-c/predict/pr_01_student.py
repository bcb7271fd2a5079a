import numpy as np
from scipy.special import expit


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = np.c_[np.ones(m), expit(a1 @ Theta1.T)]
    a3 = expit(a2 @ Theta2.T)

    # +1 because the labels start at 1 in the Octave version
    p = np.argmax(a3, axis=1) + 1
    return p
