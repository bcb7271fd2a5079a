import numpy as np


def debug_init_weights(fan_out, fan_in):
    # fixed "random" weights so the gradient check is repeatable
    n_elems = fan_out * (fan_in + 1)
    vals = np.sin(np.arange(n_elems)) / 10.0
    return vals.reshape(fan_out, fan_in + 1)
