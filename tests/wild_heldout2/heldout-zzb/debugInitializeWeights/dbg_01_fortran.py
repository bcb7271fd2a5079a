import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # Set W to zeros
    W = np.zeros((fan_out, 1 + fan_in))

    # Initialize W using "sin" (MATLAB fills column by column, hence order='F')
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape, order='F') / 10

    return W
