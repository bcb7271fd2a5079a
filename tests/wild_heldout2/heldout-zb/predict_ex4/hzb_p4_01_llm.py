"""Prediction with a trained two-layer neural network (ex4)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta1: np.ndarray, theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example in X.

    Args:
        theta1: Weights of the hidden layer, shape (hidden, n + 1).
        theta2: Weights of the output layer, shape (num_labels, hidden + 1).
        X: Examples, shape (m, n).

    Returns:
        Predicted labels, shape (m,).
    """
    m = X.shape[0]
    a1 = np.column_stack([np.ones(m), X])
    h1 = sigmoid(a1 @ theta1.T)
    a2 = np.column_stack([np.ones(m), h1])
    h2 = sigmoid(a2 @ theta2.T)
    # The predicted label is the index of the most active output unit
    return np.argmax(h2, axis=1)
