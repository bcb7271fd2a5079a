import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    # fixed "random" weights from sin() so gradient checking is reproducible
    n_elems = fan_out * (1 + fan_in)
    W = np.reshape(np.sin(np.arange(n_elems)), (fan_out, 1 + fan_in)) / 10.0
    return W
