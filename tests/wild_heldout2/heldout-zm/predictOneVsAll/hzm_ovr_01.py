import numpy as np

from utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    """Predict the label for a trained one-vs-all classifier. The labels
    are in the range 1..K, where K = all_theta.shape[0]."""
    m = X.shape[0]

    # Add ones to the X data matrix
    X = np.concatenate([np.ones((m, 1)), X], axis=1)

    p = np.argmax(sigmoid(X.dot(all_theta.T)), axis=1) + 1   # python indexes from 0
    return p.reshape(m, 1)
