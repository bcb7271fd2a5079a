import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Deterministic weights for gradient checking.

    Returns a (fan_out, 1 + fan_in) matrix filled with sin values / 10 so
    that results are reproducible across runs.
    """
    n_weights = fan_out * (1 + fan_in)
    values = np.sin(np.arange(n_weights))
    W = values.reshape((fan_out, 1 + fan_in)) / 10
    return W
