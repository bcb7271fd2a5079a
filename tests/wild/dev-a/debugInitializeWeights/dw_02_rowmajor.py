import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    w = np.zeros((fan_out, 1 + fan_in))

    # sin(1:numel(W)) so the values are always the same
    w = np.sin(np.arange(1, w.size + 1)).reshape(w.shape) / 10

    return w
