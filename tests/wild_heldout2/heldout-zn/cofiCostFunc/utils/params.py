import numpy as np


def unroll(*mats):
    """Stack matrices into one vector, column by column like octave's (:)."""
    return np.concatenate([np.asarray(M).flatten(order='F') for M in mats])


def roll(vec, shapes):
    """Inverse of unroll: cut vec into matrices of the given shapes."""
    vec = np.asarray(vec).flatten()
    out = []
    start = 0
    for (r, c) in shapes:
        out.append(vec[start:start + r * c].reshape((r, c), order='F'))
        start += r * c
    return out
