import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each row of X with a trained two-layer network.

    Args:
        Theta1: (hidden, n + 1) weights of the hidden layer.
        Theta2: (num_labels, hidden + 1) weights of the output layer.
        X: (m, n) examples, one per row (no bias column).

    Returns:
        (m,) array with the predicted label of each example.
    """
    m = X.shape[0]

    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), a2])
    a3 = sigmoid(a2 @ Theta2.T)

    p = np.argmax(a3, axis=1)
    return p
