import numpy as np


def as_column(v):
    """Return v as an (m, 1) float column."""
    return np.asarray(v, dtype=float).reshape(-1, 1)
