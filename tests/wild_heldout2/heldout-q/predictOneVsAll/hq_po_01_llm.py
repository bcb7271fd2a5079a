"""One-vs-all prediction for multi-class logistic regression (ex3)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of every example with a trained one-vs-all model.

    Args:
        all_theta: Array of shape (K, n + 1); row k holds the classifier for
            label k + 1.
        X: Examples of shape (m, n), without the intercept column.

    Returns:
        Array of shape (m,) with the predicted labels in 1..K.
    """
    m = X.shape[0]
    X = np.hstack([np.ones((m, 1)), X])

    probs = sigmoid(X @ all_theta.T)   # (m, K)
    return np.argmax(probs, axis=1)
