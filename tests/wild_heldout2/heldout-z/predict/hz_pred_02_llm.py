import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example with a trained two-layer network.

    Args:
        Theta1: (hidden, n + 1) weights of the first layer.
        Theta2: (K, hidden + 1) weights of the second layer.
        X: (m, n) examples, one per row.

    Returns:
        (m,) array of predicted labels.
    """
    m = X.shape[0]
    a1 = np.column_stack([np.ones(m), X])
    a2 = _sigmoid(a1 @ Theta1.T)
    a2 = np.column_stack([np.ones(m), a2])
    a3 = _sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
