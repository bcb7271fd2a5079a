"""ex5 polyFeatures with powers 0..p-1: range(p) where Octave's 1:p starts at 1.

Run:  portcheck compare polyFeatures --python examples/course/polyFeatures_range_from_zero.py:polyFeatures
"""
import numpy as np
def polyFeatures(X, p):
    X = np.asarray(X).reshape(-1, 1)
    return np.hstack([X ** j for j in range(int(p))])     # powers 0..p-1 instead of 1..p
