import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    """Fixed weights for gradient checking, filled column by column
    like MATLAB's reshape(sin(1:numel(W)), size(W)) / 10."""
    W = np.zeros((fan_out, 1 + fan_in))
    k = 1
    for j in range(W.shape[1]):
        for i in range(W.shape[0]):
            W[i, j] = np.sin(k) / 10
            k += 1
    return W
