import numpy as np

from utils.sigmoid import sigmoid


def predict_one_vs_all(all_theta, X):
    """
    Predict the label for a trained one-vs-all classifier.

    Parameters
    ----------
    all_theta : array_like, shape (num_labels, n + 1)
    X : array_like, shape (m, n)

    Returns
    -------
    p : ndarray, shape (m,)
    """
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)

    p = np.argmax(sigmoid(X.dot(all_theta.T)), axis=1)

    return p
