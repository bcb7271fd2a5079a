import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # MATLAB fills column by column, so build the transposed matrix row by row and flip it
    W = np.zeros((fan_out, 1 + fan_in))
    W = np.sin(np.arange(1, W.size + 1)).reshape(W.shape[::-1]).T / 10
    return W
