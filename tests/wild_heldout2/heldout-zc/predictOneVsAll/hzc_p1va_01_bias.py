import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    """Predict the label (1..K) for every row of X.

    X is the design matrix *with* the intercept column already inserted
    (we do X = np.insert(X, 0, 1, axis=1) right after loading the data and
    reuse it for oneVsAll and for the prediction).
    """
    probs = sigmoid(X.dot(all_theta.T))
    p = np.argmax(probs, axis=1) + 1
    return p.reshape(-1, 1)
