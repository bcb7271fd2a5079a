import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Fixed 'random' weights for gradient checking.

    Returns a fan_out x (1 + fan_in) matrix filled with sin(1), sin(2), ...
    going down the columns first, like MATLAB's reshape.
    """
    W = np.zeros((fan_out, 1 + fan_in))
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape, order='F') / 10
    return W
