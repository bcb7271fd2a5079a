import numpy as np
from scipy.io import loadmat


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    a1 = np.c_[np.ones((m, 1)), X]
    h1 = sigmoid(a1 @ Theta1.T)
    a2 = np.c_[np.ones((m, 1)), h1]
    h2 = sigmoid(a2 @ Theta2.T)
    p = np.argmax(h2, axis=1) + 1
    # in ex4data1.mat the digit 0 is stored as label 10
    p[p == 10] = 0
    return p


if __name__ == '__main__':
    data = loadmat('ex4data1.mat')
    w = loadmat('ex4weights.mat')
    pred = predict(w['Theta1'], w['Theta2'], data['X'])
    y = data['y'].ravel() % 10
    print('Training Set Accuracy: %.2f' % (np.mean(pred == y) * 100))
