import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """
    theta : (n+1,) learned parameters (first one is the intercept)
    X     : (m, n) raw features (exam scores), the intercept column is added here
    returns array of 0/1
    """
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))
    probability = sigmoid(X.dot(theta))
    return np.where(probability >= 0.5, 1, 0)
