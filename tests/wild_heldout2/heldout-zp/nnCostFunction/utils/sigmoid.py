import numpy as np


def sigmoid(z):
    """logistic function, works on scalars, vectors and matrices"""
    return 1.0 / (1.0 + np.exp(-z))
