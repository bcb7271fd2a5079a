import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    """Predict labels 1..K with the one-vs-all classifiers in all_theta (K x (n+1)).

    X must already have the intercept column of ones (it is added once in the
    main script, right after loading the data).
    """
    probs = sigmoid(X.dot(all_theta.T))
    return np.argmax(probs, axis=1) + 1
