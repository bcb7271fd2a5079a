import numpy as np

from utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    """Predict labels 1..K. X must already contain the intercept column
    (we add it once when loading the data, see ex3.py)."""
    probs = sigmoid(X.dot(all_theta.T))
    return np.argmax(probs, axis=1) + 1
