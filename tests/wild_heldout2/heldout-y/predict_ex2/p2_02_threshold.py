import numpy as np
from scipy.special import expit


def predict(theta, X):
    m = X.shape[0]
    p = np.zeros(m)
    prob = expit(X.dot(theta))
    p[prob > 0.5] = 1
    return p
