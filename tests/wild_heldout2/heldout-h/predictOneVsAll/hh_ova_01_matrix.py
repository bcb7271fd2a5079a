import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    # PREDICTONEVSALL Predict the label for a trained one-vs-all classifier.
    # all_theta is K x (n+1), one classifier per row. Labels are 1..K.
    m = X.shape[0]

    X = np.matrix(np.column_stack((np.ones((m, 1)), X)))
    all_theta = np.matrix(all_theta)

    probs = sigmoid(X * all_theta.T)          # m x K

    p = np.argmax(probs, axis=1).A1 + 1
    return p
