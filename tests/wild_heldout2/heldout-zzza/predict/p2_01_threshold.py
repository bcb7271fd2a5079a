import numpy as np

THRESHOLD = 0.5


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    '''Predict 0/1 labels with learned logistic regression parameters theta'''
    prob = sigmoid(X.dot(theta))
    p = (prob > THRESHOLD).astype(int)
    return p
