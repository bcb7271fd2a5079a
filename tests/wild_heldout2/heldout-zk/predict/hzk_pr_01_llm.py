"""Logistic regression prediction (Coursera ML ex2, predict.m)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically straightforward logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict 0/1 labels with a threshold of 0.5.

    Args:
        theta: Parameters of shape (n,) or (n, 1).
        X: Design matrix of shape (m, n), intercept column included.

    Returns:
        Array of 0/1 predictions, shaped like X @ theta.
    """
    probabilities = sigmoid(X @ theta)
    return (probabilities >= 0.5).astype(int)
