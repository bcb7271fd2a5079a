import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict labels for ``X`` using a trained two-layer neural network.

    Args:
        Theta1: Weights of the first layer, shape ``(hidden, n + 1)``.
        Theta2: Weights of the second layer, shape ``(num_labels, hidden + 1)``.
        X: Input examples, shape ``(m, n)``.

    Returns:
        Predicted label for every example, shape ``(m,)``.
    """
    m = X.shape[0]

    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), a2])
    a3 = sigmoid(a2 @ Theta2.T)

    return np.argmax(a3, axis=1)
