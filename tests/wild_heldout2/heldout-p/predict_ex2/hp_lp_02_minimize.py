import numpy as np
from scipy.special import expit


def predict(theta, X):
    """0/1 predictions of logistic regression.

    theta is the 1-D vector returned by scipy.optimize.minimize (res.x),
    X the design matrix with the intercept column.
    """
    probability = expit(X @ theta)
    return np.where(probability >= 0.5, 1, 0)
