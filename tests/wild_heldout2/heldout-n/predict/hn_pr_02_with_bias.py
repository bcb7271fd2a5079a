import numpy as np
from scipy.special import expit


def predict(theta1, theta2, X):
    """Feed-forward prediction.

    X must already contain the bias column (load_data() prepends it), so it is
    m x (input_layer_size + 1).  Returns labels 1..K as a column vector.
    """
    hidden = expit(X @ theta1.T)
    hidden = np.hstack([np.ones((hidden.shape[0], 1)), hidden])
    out = expit(hidden @ theta2.T)
    return (out.argmax(axis=1) + 1).reshape(-1, 1)
