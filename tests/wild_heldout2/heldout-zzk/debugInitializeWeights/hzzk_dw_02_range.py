import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    # W is fan_out x (1 + fan_in), the first column is for the bias terms
    W = np.zeros((fan_out, 1 + fan_in))
    n = fan_out * (1 + fan_in)
    # initialize with sin so the values are always the same (for debugging)
    W = np.sin(np.array(range(n))).reshape(fan_out, 1 + fan_in) / 10.0
    return W
