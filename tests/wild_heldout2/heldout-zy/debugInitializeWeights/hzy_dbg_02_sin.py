import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    # fixed "random" weights so the gradient check is reproducible
    W = np.sin(np.arange(fan_out * (1 + fan_in))).reshape(fan_out, 1 + fan_in) / 10.0
    return W
