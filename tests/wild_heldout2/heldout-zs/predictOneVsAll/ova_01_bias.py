import numpy as np
from scipy.special import expit


def predict_one_vs_all(all_theta, X):
    """Predict the class of every row of X with the one-vs-all classifiers.

    X already contains the intercept column (it is added once, right after
    loading the data), all_theta has one row per class.
    """
    probs = expit(X.dot(all_theta.T))
    return np.argmax(probs, axis=1)
