import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Compute the logistic sigmoid element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict labels with a trained two-layer neural network.

    Args:
        Theta1: Hidden-layer weights, shape (hidden, n + 1).
        Theta2: Output-layer weights, shape (num_labels, hidden + 1).
        X: Examples, shape (m, n).

    Returns:
        p: Predicted label for each example, shape (m,).
    """
    m = X.shape[0]

    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2 @ Theta2.T)

    # Index of the most probable class for each example
    p = np.argmax(a3, axis=1)
    return p
