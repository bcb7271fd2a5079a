import numpy as np
from scipy.special import expit


def predict(theta, X):
    """Predict 0/1 labels with learned logistic regression parameters."""
    prob = expit(X.dot(theta))
    p = (prob > 0.5).astype(int)
    return p
