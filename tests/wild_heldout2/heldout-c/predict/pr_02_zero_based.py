"""Forward propagation and prediction for the ex3 pre-trained network."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta1: np.ndarray, theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict class indices with a trained 2-layer network.

    Args:
        theta1: Hidden layer weights, shape (hidden, n + 1).
        theta2: Output layer weights, shape (num_labels, hidden + 1).
        X: Examples, shape (m, n), without the bias column.

    Returns:
        Array of shape (m,) holding the 0-based index of the most active
        output unit (0 .. num_labels - 1).
    """
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = sigmoid(a1 @ theta1.T)
    a2 = np.hstack([np.ones((m, 1)), a2])
    a3 = sigmoid(a2 @ theta2.T)
    return np.argmax(a3, axis=1)
