import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    # PREDICT Predict the label of an input given a trained neural network
    #   p = PREDICT(Theta1, Theta2, X) outputs the predicted label of X given the
    #   trained weights of a neural network (Theta1, Theta2)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    m = X.shape[0]

    a1 = np.insert(X, 0, 1, axis=1)
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.insert(a2, 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)

    p = np.argmax(a3, axis=1) + 1
    return p.reshape(m, 1)
