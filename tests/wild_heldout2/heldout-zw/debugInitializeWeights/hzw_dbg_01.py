import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # W has 1 + fan_in columns, the first one for the bias unit
    W = np.zeros((fan_out, 1 + fan_in))
    # fill with sin(1), sin(2), ... column by column like Matlab does
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape, order='F') / 10
    return W
