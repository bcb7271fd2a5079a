import numpy as np

from utils.sigmoid import sigmoid


# PREDICT Predict the label of an input given a trained neural network
#   p = PREDICT(Theta1, Theta2, X) outputs the predicted label of X given the
#   trained weights of a neural network (Theta1, Theta2)
def predict(Theta1, Theta2, X):
    m = X.shape[0]

    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = sigmoid(np.dot(a1, Theta1.T))
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(np.dot(a2, Theta2.T))

    p = np.argmax(a3, axis=1)
    return p
