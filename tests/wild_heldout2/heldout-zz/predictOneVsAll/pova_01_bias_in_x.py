import numpy as np
from scipy.special import expit


def predictOneVsAll(all_theta, X):
    """Predict labels 1..K with one-vs-all classifiers.

    X must already contain the intercept column (the same design matrix that
    was used in oneVsAll), all_theta is K x (n + 1), one classifier per row.
    """
    probs = expit(X.dot(all_theta.T))
    p = np.argmax(probs, axis=1) + 1
    return p
