import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """
    Initialize the weights of a layer with fan_in incoming connections and
    fan_out outgoing connections using a fixed set of values (sin), useful for
    gradient checking. W has size (fan_out, 1 + fan_in); the first column
    holds the bias weights.
    """
    # Set W to zeros
    W = np.zeros((fan_out, 1 + fan_in))

    # matlab fills column by column: fill the transpose row by row, then flip it back
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.T.shape).T / 10.0
    return W
