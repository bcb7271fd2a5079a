import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    # outputs the predicted label of X given the trained weights of a neural network (Theta1, Theta2)
    m = X.shape[0]
    num_labels = Theta2.shape[0]

    p = np.zeros((m, 1))

    h1 = sigmoid(np.dot(np.c_[np.ones((m, 1)), X], Theta1.T))
    h2 = sigmoid(np.dot(np.c_[np.ones((m, 1)), h1], Theta2.T))
    p = np.argmax(h2) + 1

    return p
