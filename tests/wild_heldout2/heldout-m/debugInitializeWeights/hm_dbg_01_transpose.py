import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # W has fan_out rows and 1 + fan_in columns; the first column is the bias
    W = np.zeros((fan_out, 1 + fan_in))
    # matlab fills column by column -> fill the transposed shape row by row
    W = np.sin(np.arange(1, W.size + 1)).reshape(W.shape[1], W.shape[0]).T / 10
    return W
