import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Initialize the weights of a layer with fan_in incoming connections and
    fan_out outgoing connections using a fixed set of values (sin), so that
    the gradient check gives the same numbers every time.

    Note that W is (fan_out, 1 + fan_in): the first column handles the bias.
    """
    W = np.zeros((fan_out, 1 + fan_in))
    # MATLAB fills column by column -> order='F'
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape, order='F') / 10
    return W
