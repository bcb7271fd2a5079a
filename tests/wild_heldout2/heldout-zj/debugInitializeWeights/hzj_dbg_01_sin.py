import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """
    Deterministic 'random' weights for gradient checking.
    Returns a (fan_out, 1 + fan_in) matrix, the first column being the bias weights.
    """
    n_el = fan_out * (fan_in + 1)
    vals = np.sin(np.arange(n_el))
    W = np.reshape(vals, (fan_out, fan_in + 1)) / 10.0
    return W
