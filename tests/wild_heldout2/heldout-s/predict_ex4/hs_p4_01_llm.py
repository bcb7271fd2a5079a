import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example with a trained two-layer network.

    Args:
        Theta1: weights of the hidden layer, shape (hidden, n + 1).
        Theta2: weights of the output layer, shape (num_labels, hidden + 1).
        X: input data, shape (m, n).

    Returns:
        Predicted labels, shape (m,).
    """
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1)), X])
    h1 = _sigmoid(a1 @ Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), h1])
    h2 = _sigmoid(a2 @ Theta2.T)
    return np.argmax(h2, axis=1)
