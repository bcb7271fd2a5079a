"""Feed-forward prediction for the ex3 pre-trained network."""
import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each row of X with a trained 2-layer network.

    Args:
        Theta1: weights of the hidden layer, shape (h, n + 1).
        Theta2: weights of the output layer, shape (K, h + 1).
        X: input features, shape (m, n).

    Returns:
        Predicted labels, shape (m,).
    """
    m = X.shape[0]
    a1 = np.column_stack([np.ones(m), X])
    a2 = _sigmoid(a1 @ Theta1.T)
    a2 = np.column_stack([np.ones(m), a2])
    a3 = _sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
