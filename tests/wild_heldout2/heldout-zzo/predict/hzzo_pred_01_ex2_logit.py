import numpy as np


def predict(theta, X):
    """Predict 0/1 with learned logistic regression parameters.

    sigmoid(z) > 0.5 exactly when z > 0, so we can skip the sigmoid.
    """
    return (X.dot(theta) > 0).astype(int)
