"""Python port of predictOneVsAll.m (Coursera ML, exercise 3)."""
import numpy as np

from utils.sigmoid import sigmoid


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label for a trained one-vs-all classifier.

    Args:
        all_theta: (K, n + 1) matrix; row k is the logistic regression
            classifier for label k.
        X: (m, n) feature matrix (without the bias column).

    Returns:
        (m,) array of predicted labels in the range 1..K.
    """
    m = X.shape[0]
    X = np.hstack([np.ones((m, 1)), X])
    probabilities = sigmoid(X @ all_theta.T)
    return np.argmax(probabilities, axis=1)
