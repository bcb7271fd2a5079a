import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    # X already has the column of ones (added once in load_data)
    m = X.shape[0]
    h1 = sigmoid(X.dot(Theta1.T))
    h1 = np.insert(h1, 0, 1, axis=1)
    h2 = sigmoid(h1.dot(Theta2.T))
    p = np.argmax(h2, axis=1) + 1
    return p.reshape(m, 1)
