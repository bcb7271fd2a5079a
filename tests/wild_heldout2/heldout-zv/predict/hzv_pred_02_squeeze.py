"""Forward propagation / prediction for the trained ex4 network."""
import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Return the predicted label (1..num_labels) for every row of X.

    Args:
        Theta1: (hidden, n + 1) weights of the first layer.
        Theta2: (num_labels, hidden + 1) weights of the second layer.
        X: (m, n) input examples.

    Returns:
        (m,) array of labels.
    """
    X = np.atleast_2d(X)
    m = X.shape[0]

    a1 = np.column_stack([np.ones(m), X])
    h1 = _sigmoid(a1 @ Theta1.T)
    a2 = np.column_stack([np.ones(m), h1])
    h2 = np.squeeze(_sigmoid(a2 @ Theta2.T))

    return np.argmax(h2, axis=1)
