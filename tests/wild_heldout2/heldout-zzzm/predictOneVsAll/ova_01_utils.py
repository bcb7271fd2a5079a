import numpy as np

from ml_utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    """Predict the label for a trained one-vs-all classifier.

    all_theta[i] is the logistic regression theta of class i.
    """
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    p = np.zeros((m, 1))

    # add the intercept column
    X = np.concatenate([np.ones((m, 1)), X], axis=1)

    # probability of each example for each of the num_labels classifiers
    probs = sigmoid(X.dot(all_theta.T))
    p = probs.argmax(axis=1)

    return p
