"""Prediction with the trained ex4 network.

This port uses 0-based class indices: the returned value k means output
unit k (0..num_labels-1). Add 1 to obtain the course's labels 1..num_labels.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta1: np.ndarray, theta2: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Return the 0-based index of the most active output unit for each row of X."""
    m = len(X)
    h1 = _sigmoid(np.hstack([np.ones((m, 1)), X]) @ theta1.T)
    h2 = _sigmoid(np.hstack([np.ones((m, 1)), h1]) @ theta2.T)
    return h2.argmax(axis=1)
