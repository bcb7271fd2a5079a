import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # W has 1 + fan_in columns, first column is for the bias
    rows, cols = fan_out, 1 + fan_in
    # sin(1:numel(W)) filled column by column like matlab
    W = np.sin(np.arange(1, rows * cols + 1)).reshape((rows, cols), order='F') / 10
    return W
