import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    """Predict labels 1..K for the rows of X (X without the bias column)."""
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    probs = sigmoid(X @ all_theta.T)          # (m, K)
    # argmax is 0-based, the classifiers are labelled 1..K
    return np.argmax(probs, axis=1) + 1
