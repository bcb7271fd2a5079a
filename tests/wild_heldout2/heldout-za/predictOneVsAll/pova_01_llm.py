import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example with a trained one-vs-all classifier.

    Args:
        all_theta: (num_labels, n + 1) matrix, row k holds the parameters of class k.
        X: (m, n) data matrix without the intercept column.

    Returns:
        (m,) array with the predicted class of each example.
    """
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    probs = sigmoid(X @ all_theta.T)  # (m, num_labels)
    return np.argmax(probs, axis=1)
