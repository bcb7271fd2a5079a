import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Initialize the weights of a layer with fixed values for debugging.

    Returns a (fan_out, 1 + fan_in) matrix filled with sin(1), sin(2), ...
    scaled by 1/10, so results are reproducible across runs.

    Args:
        fan_out: Number of outgoing connections.
        fan_in: Number of incoming connections (bias not included).

    Returns:
        The weight matrix W of shape (fan_out, 1 + fan_in).
    """
    W = np.zeros((fan_out, 1 + fan_in))
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape) / 10
    return W
