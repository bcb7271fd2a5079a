import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_nn(theta1, theta2, X):
    """Forward propagation with the pre-trained weights of ex3.

    X is the design matrix with the bias column already in front
    (np.insert(X, 0, 1, axis=1)), as used everywhere in this notebook.
    Returns the index (0 .. K-1) of the most active output unit for each row;
    add 1 to compare with the 1-based labels of ex3data1.mat.
    """
    X = np.matrix(X)
    m = X.shape[0]
    a2 = sigmoid(X * np.matrix(theta1).T)
    a2 = np.insert(a2, 0, values=np.ones(m), axis=1)
    h = sigmoid(a2 * np.matrix(theta2).T)
    return np.argmax(h, axis=1).A1
