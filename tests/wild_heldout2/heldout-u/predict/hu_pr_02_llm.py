"""Forward propagation and prediction for the ex3 pretrained network."""
import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of every example with a trained 2-layer network.

    Args:
        Theta1: (hidden, n + 1) weights of the hidden layer.
        Theta2: (num_labels, hidden + 1) weights of the output layer.
        X: (m, n) examples, without the bias column.

    Returns:
        (m,) array with the predicted label of each example.
    """
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = np.hstack([np.ones((m, 1)), sigmoid(a1 @ Theta1.T)])
    a3 = sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
