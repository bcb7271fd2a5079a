"""Activation helpers shared by the ex4 scripts."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function, element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
    g = sigmoid(z)
    return g * (1.0 - g)
