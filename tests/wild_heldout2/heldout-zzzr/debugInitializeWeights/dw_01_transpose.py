from __future__ import division

import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Fixed weights for gradient checking: a fan_out x (1 + fan_in) matrix
    filled column by column with sin(1), sin(2), ... divided by 10."""
    W = np.zeros((fan_out, 1 + fan_in))

    # fill the transposed shape row by row, then transpose back, so the
    # numbers run down the columns like MATLAB's reshape does
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.T.shape).T / 10
    return W
