import numpy as np
from scipy.special import expit


def predict_one_vs_all(all_theta, X):
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    probs = expit(X @ all_theta.T)
    p = np.argmax(probs, axis=1)
    return p
