import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # Octave fills column by column, numpy row by row:
    # build the transposed matrix row by row and transpose back
    n = fan_out * (1 + fan_in)
    W = np.reshape(np.sin(np.arange(1, n + 1)), (1 + fan_in, fan_out)).T / 10
    return W
