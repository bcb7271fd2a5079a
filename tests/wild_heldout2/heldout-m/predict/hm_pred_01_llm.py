import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1: np.ndarray, Theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict the label of each example with a trained 2-layer network.

    Args:
        Theta1: weights of the hidden layer, shape (hidden, n + 1).
        Theta2: weights of the output layer, shape (num_labels, hidden + 1).
        X: inputs without the bias column, shape (m, n).

    Returns:
        Integer array of shape (m,) with the predicted class index for each
        example, in ``0 .. num_labels - 1`` (use with labels stored as ``y - 1``).
    """
    X = np.atleast_2d(X)
    m = X.shape[0]
    h1 = _sigmoid(np.hstack([np.ones((m, 1)), X]) @ Theta1.T)
    h2 = _sigmoid(np.hstack([np.ones((m, 1)), h1]) @ Theta2.T)
    return np.argmax(h2, axis=1)
