import numpy as np


def predict_one_vs_all(all_theta, X):
    """Predict the class for each row of X.

    X must already contain the intercept column (we add it once when the data
    is loaded). Classes are 0..K-1: row k of all_theta is the classifier for
    class k (digit '0' is stored as class 0, not 10).
    """
    # sigmoid is monotonic, so the largest score is the largest probability
    scores = X @ all_theta.T
    return np.argmax(scores, axis=1)
