import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    # X may come in as a np.matrix or with extra dims from loadmat
    X = np.array(X).squeeze()
    m = X.shape[0]

    h1 = sigmoid(np.column_stack((np.ones(m), X)).dot(Theta1.T))
    h2 = sigmoid(np.column_stack((np.ones(m), h1)).dot(Theta2.T))

    return np.argmax(h2, axis=1) + 1
