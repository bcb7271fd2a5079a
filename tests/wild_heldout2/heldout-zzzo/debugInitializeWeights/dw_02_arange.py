from __future__ import division

import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    # Initialize W using "sin", this ensures that W is always of the same
    # values and will be useful for debugging
    w = np.zeros((fan_out, 1 + fan_in))
    w = np.sin(np.arange(w.size)).reshape(w.shape) / 10
    return w
