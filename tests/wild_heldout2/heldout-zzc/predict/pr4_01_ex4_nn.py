import numpy as np
from scipy.special import expit


def nn_predict(Theta1, Theta2, X):
    """Predict the label of each row of X with a trained 2-layer network.

    Parameters
    ----------
    Theta1 : ndarray, shape (hidden, n + 1)
    Theta2 : ndarray, shape (num_labels, hidden + 1)
    X : ndarray, shape (m, n)

    Returns
    -------
    p : ndarray, shape (m,)
        Predicted label for every example.
    """
    m = X.shape[0]
    h1 = expit(np.column_stack((np.ones(m), X)) @ Theta1.T)
    h2 = expit(np.column_stack((np.ones(m), h1)) @ Theta2.T)
    p = np.argmax(h2, axis=1)
    return p
