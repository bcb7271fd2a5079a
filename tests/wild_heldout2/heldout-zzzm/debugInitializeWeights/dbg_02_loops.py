# debugInitializeWeights.py
#
# Octave:  W = reshape(sin(1:numel(W)), size(W)) / 10;
# reshape in Octave goes down the columns first, so fill W column by column.

import math

import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    W = np.zeros((fan_out, 1 + fan_in))
    k = 1
    for j in range(W.shape[1]):
        for i in range(W.shape[0]):
            W[i, j] = math.sin(k) / 10
            k += 1
    return W
