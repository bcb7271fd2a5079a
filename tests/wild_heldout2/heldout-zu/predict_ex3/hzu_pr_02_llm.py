"""Feed-forward prediction for the ex3 neural network."""
import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example using a trained two-layer network.

    Args:
        Theta1: Hidden-layer weights, shape (h, n + 1).
        Theta2: Output-layer weights, shape (K, h + 1).
        X: Examples, shape (m, n).

    Returns:
        Array of shape (m,) with the predicted label of each example.
    """
    m = X.shape[0]

    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = _sigmoid(a1 @ Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), a2])
    a3 = _sigmoid(a2 @ Theta2.T)

    # The predicted label is the index of the most active output unit.
    return np.argmax(a3, axis=1)
