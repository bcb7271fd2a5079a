import numpy as np


def debugInitializeWeights(fan_out: int, fan_in: int) -> np.ndarray:
    """Deterministic fan_out x (1 + fan_in) weights: sin(1), sin(2), ... / 10,
    filled column by column as MATLAB's reshape does."""
    shape = (fan_out, 1 + fan_in)
    n = shape[0] * shape[1]
    return np.reshape(np.sin(np.arange(1, n + 1)), shape, order='F') / 10
