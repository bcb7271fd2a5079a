import numpy as np
from utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    """Predict the label (1..K) for every example of X using the one-vs-all
    classifiers stored in the rows of all_theta (K x (n+1))."""
    m = X.shape[0]
    X = np.matrix(np.hstack((np.ones((m, 1)), X)))
    all_theta = np.matrix(all_theta)

    h = sigmoid(X * all_theta.T)          # m x K
    p = np.argmax(h, axis=1).A1 + 1       # back to Octave labels 1..K
    return p
