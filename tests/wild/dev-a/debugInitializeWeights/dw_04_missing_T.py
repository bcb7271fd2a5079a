import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Fixed (non-random) weights for checking the gradients.

    Note that W should be set to a matrix of size(1 + fan_in, fan_out) as
    the first row of W handles the "bias" terms
    """
    W = np.zeros((fan_out, 1 + fan_in))
    # reshape the column-major way: build it with the transposed shape
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.T.shape) / 10.0
    return W
