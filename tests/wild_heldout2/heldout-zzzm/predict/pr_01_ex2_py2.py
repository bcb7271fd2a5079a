import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """Predict whether the label is 0 or 1 using learned logistic
    regression parameters theta (threshold at 0.5)."""
    m, n = X.shape
    print 'Predicting %d examples (%d features)' % (m, n)

    probability = sigmoid(X.dot(theta))
    p = probability > 0.5
    return p.astype(int)
