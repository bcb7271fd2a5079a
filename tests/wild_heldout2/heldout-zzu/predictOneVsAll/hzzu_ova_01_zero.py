import numpy as np
from scipy.special import expit


def predict_one_vs_all(all_theta, X):
    """Predict digit classes 0..K-1.

    Row k of all_theta is the classifier trained for class k (the labels were
    re-coded so that digit 0 is class 0 instead of 10), so the predicted class
    is simply the column index of the best classifier.
    """
    m = X.shape[0]
    X = np.hstack([np.ones((m, 1)), X])
    probs = expit(X @ all_theta.T)
    return probs.argmax(axis=1)
