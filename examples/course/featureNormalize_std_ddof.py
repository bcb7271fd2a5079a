"""ex1 featureNormalize with NumPy's default standard deviation.

The mistake: ``X.std(axis=0)`` divides by N; Octave's ``std(X)`` divides by N-1.
Every normalised column is then sqrt(N/(N-1)) times Octave's, and sigma is
sqrt((N-1)/N) times Octave's. The fix is ``ddof=1``.

Run:  portcheck compare featureNormalize --python examples/course/featureNormalize_std_ddof.py:featureNormalize
"""
import numpy as np


def featureNormalize(X):
    mu = X.mean(axis=0)
    sigma = X.std(axis=0)          # BUG: Octave's std divides by N-1: X.std(axis=0, ddof=1)
    X_norm = (X - mu) / sigma
    return X_norm, mu.reshape(1, -1), sigma.reshape(1, -1)
