import numpy as np

from ex3utils import sigmoid, add_intercept


def predictOneVsAll(all_theta, X):
    """Predict the label (1..K) of every row of X with one-vs-all classifiers.

    all_theta : (K, n+1), row k is the classifier for label k+1
    X         : (m, n), without the bias column
    returns   : (m,) integer labels in 1..K
    """
    X = add_intercept(X)
    probs = sigmoid(X.dot(all_theta.T))
    # argmax is 0-based, the labels start at 1
    return np.argmax(probs, axis=1) + 1
