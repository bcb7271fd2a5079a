import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid evaluated at z (element-wise)."""
    g = sigmoid(np.asarray(z, dtype=float))
    return g * (1.0 - g)
