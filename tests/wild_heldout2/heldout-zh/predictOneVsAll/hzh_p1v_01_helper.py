import numpy as np

from utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    """Predict the label for a trained one-vs-all classifier.

    all_theta -- (num_labels, n+1), row i is the classifier for label i
    X         -- (m, n) examples without the bias column
    """
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    p = np.zeros((m, 1))

    # Add ones to the X data matrix
    X = np.column_stack((np.ones((m, 1)), X))

    probs = sigmoid(np.dot(X, all_theta.T))   # (m, num_labels)
    p = np.argmax(probs, axis=1)

    return p.reshape(m, 1)
