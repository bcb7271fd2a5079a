import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    h1 = sigmoid(np.hstack((np.ones((m, 1)), X)).dot(Theta1.T))
    h2 = sigmoid(np.hstack((np.ones((m, 1)), h1)).dot(Theta2.T)).squeeze()
    p = np.argmax(h2, axis=1) + 1
    return p
