from numpy import *


def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))


def predict(Theta1, Theta2, X):
    # add the bias unit to the input and to the hidden layer
    a1 = insert(X, 0, 1, axis=1)
    a2 = sigmoid(dot(a1, transpose(Theta1)))
    a2 = insert(a2, 0, 1, axis=1)
    a3 = sigmoid(dot(a2, transpose(Theta2)))
    # labels are 1..K in the .mat files
    return argmax(a3, axis=1) + 1
