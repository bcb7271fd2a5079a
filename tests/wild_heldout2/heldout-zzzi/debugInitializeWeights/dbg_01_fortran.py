import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Fixed (sin-based) weights of shape (fan_out, 1 + fan_in), used by
    checkNNGradients. Filled column by column like MATLAB's reshape."""
    W = np.zeros((fan_out, 1 + fan_in))
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape, order='F') / 10
    return W
