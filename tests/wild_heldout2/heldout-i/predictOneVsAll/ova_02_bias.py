import numpy as np
from scipy.special import expit


def predict_one_vs_all(all_theta, X):
    """Return labels 1..K for each row of X.

    X must already contain the intercept column (the same design matrix that
    was used to train all_theta in one_vs_all), shape (m, n + 1).
    """
    probs = expit(X @ all_theta.T)
    return np.argmax(probs, axis=1) + 1
