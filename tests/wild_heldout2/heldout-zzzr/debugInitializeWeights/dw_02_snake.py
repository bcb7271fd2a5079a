import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    w = np.zeros((fan_out, 1 + fan_in))

    # initialise with "sin" so the values are always the same
    vals = np.sin(np.arange(w.size))
    w = vals.reshape(w.shape) / 10

    return w
