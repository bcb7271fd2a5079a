import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of every example with trained one-vs-all classifiers.

    Args:
        all_theta: (K, n + 1) matrix, row k holds the parameters of classifier k.
        X: (m, n) examples without the bias column.

    Returns:
        (m,) array with the predicted label of each example.
    """
    m = X.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    probs = sigmoid(X @ all_theta.T)
    return np.argmax(probs, axis=1)
