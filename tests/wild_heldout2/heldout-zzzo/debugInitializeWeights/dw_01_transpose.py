import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Fixed 'random' weights for gradient checking.

    W has shape (fan_out, 1 + fan_in); the first column handles the bias.
    MATLAB fills it column by column, so build it transposed and flip it back.
    """
    W = np.zeros((fan_out, 1 + fan_in))
    W = np.sin(np.arange(1, W.size + 1)).reshape(W.T.shape).T / 10.0
    return W
