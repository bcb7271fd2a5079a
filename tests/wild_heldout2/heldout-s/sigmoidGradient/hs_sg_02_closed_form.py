import numpy as np


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid, g'(z) = g(z) * (1 - g(z)).

    Written in closed form to avoid evaluating the sigmoid twice:
        g'(z) = e^{-z} / (1 + e^{-z})^2
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-z)
    return e / (1.0 + e) ** 2
