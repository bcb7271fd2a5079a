import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    """Fixed (sin based) weights of size fan_out x (1 + fan_in) for gradient checking.

    Octave fills the matrix column by column, so the values are laid out on the
    transposed shape and then transposed back.
    """
    n = fan_out * (1 + fan_in)
    W = np.sin(np.arange(1, n + 1)).reshape(1 + fan_in, fan_out).T / 10
    return W
