import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    # W is fan_out x (1 + fan_in), first column for the bias terms
    W = np.zeros((fan_out, 1 + fan_in))

    # Initialize W using "sin" so the values are always the same
    W = np.sin(np.arange(W.size)).reshape(W.shape) / 10

    return W
