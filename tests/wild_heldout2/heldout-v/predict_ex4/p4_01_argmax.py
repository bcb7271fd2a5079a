"""Prediction with a trained two-layer neural network (ex4)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Return the predicted label of every example in X.

    Args:
        Theta1: Weights of the hidden layer, shape (hidden, n + 1).
        Theta2: Weights of the output layer, shape (num_labels, hidden + 1).
        X: Examples, one per row, shape (m, n).

    Returns:
        Array of shape (m,) with the index of the most active output unit.
    """
    m = X.shape[0]
    a1 = np.column_stack([np.ones(m), X])
    h1 = sigmoid(a1 @ Theta1.T)
    a2 = np.column_stack([np.ones(m), h1])
    h2 = sigmoid(a2 @ Theta2.T)
    return np.argmax(h2, axis=1)
