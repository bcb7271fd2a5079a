"""Feed-forward prediction for the ex3 pre-trained network."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each row of X with a trained 2-layer network.

    Args:
        Theta1: hidden-layer weights, shape (h, n + 1).
        Theta2: output-layer weights, shape (K, h + 1).
        X: inputs, shape (m, n), without the bias column.

    Returns:
        Predicted labels, shape (m,).
    """
    m = X.shape[0]
    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2 @ Theta2.T)
    # index of the most active output unit is the predicted class
    return np.argmax(a3, axis=1)
