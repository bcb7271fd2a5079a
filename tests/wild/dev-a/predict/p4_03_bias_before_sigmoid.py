import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    num_labels = Theta2.shape[0]
    p = np.zeros((m, 1))

    X = np.column_stack((np.ones((m, 1)), X))
    z2 = X.dot(Theta1.T)
    # add the bias unit to the hidden layer
    a2 = sigmoid(np.column_stack((np.ones((m, 1)), z2)))
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    p = np.argmax(h, axis=1) + 1
    return p
