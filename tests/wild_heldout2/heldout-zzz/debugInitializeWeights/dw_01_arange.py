import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    # fixed weights so that gradient checking is reproducible
    W = np.zeros((fan_out, 1 + fan_in))
    W = np.sin(np.arange(W.size)).reshape(W.shape) / 10
    return W
