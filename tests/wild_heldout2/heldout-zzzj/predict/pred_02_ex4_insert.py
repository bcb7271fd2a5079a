import numpy as np
from scipy.special import expit as sigmoid


def predict(Theta1, Theta2, X):
    # ex4: Predict the label of an input given a trained neural network
    m = X.shape[0]
    h1 = sigmoid(np.insert(X, 0, 1, axis=1).dot(Theta1.T))
    h2 = sigmoid(np.insert(h1, 0, 1, axis=1).dot(Theta2.T))
    p = np.argmax(h2, axis=1) + 1
    return p.reshape(m, 1)
