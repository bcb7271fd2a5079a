import numpy as np
from scipy.special import expit


def predict(theta, X):
    '''predict whether the label is 0 or 1 using learned logistic regression parameters'''
    p = np.round(expit(np.dot(X, theta)))
    return p
