import numpy as np
from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    # X already has the column of ones (added in the main script)
    m = X.shape[0]
    a2 = sigmoid(X.dot(Theta1.T))
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2.dot(Theta2.T))
    p = np.argmax(a3, axis=1) + 1
    return p.reshape(m, 1)
