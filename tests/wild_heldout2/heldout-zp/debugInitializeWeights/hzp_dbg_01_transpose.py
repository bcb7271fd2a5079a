import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # Octave fills W column by column with sin(1), sin(2), ...
    # fill the transposed shape row by row and transpose back
    values = np.sin(np.arange(1, fan_out * (1 + fan_in) + 1))
    W = values.reshape(1 + fan_in, fan_out).T / 10
    return W
