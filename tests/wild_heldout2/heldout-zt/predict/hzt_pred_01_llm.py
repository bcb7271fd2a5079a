"""Forward propagation prediction for the ex3 neural network."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example with a trained two-layer network.

    Args:
        Theta1: (hidden, n + 1) weights of the hidden layer.
        Theta2: (num_labels, hidden + 1) weights of the output layer.
        X: (m, n) examples, one per row.

    Returns:
        (m,) array of predicted labels.
    """
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), a2])
    a3 = sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
