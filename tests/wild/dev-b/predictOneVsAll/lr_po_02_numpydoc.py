import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """
    Return a vector of predictions for each example in the matrix X.

    The digit 0 has been moved back from label 10 to label 0 before
    training (y[y == 10] = 0), so row c of all_theta is the classifier of
    class c and the returned predictions are the classes 0..K-1.

    Parameters
    ----------
    all_theta : array_like, shape (K, n + 1)
    X : array_like, shape (m, n), without the intercept column

    Returns
    -------
    p : ndarray, shape (m,)
    """
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    p = np.argmax(sigmoid(X @ all_theta.T), axis=1)
    return p
