import numpy as np
from scipy.special import expit


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.c_[np.ones((m, 1)), X]

    h = expit(X.dot(all_theta.T))
    p = np.argmax(h, axis=1)
    # the dataset uses 10 for the digit 0
    p[p == 0] = 10
    return p.reshape(m, 1)
