"""A port of frame_energy.m with one mistake: the window divides by L, not L - 1.

``np.hamming``'s formula was copied by hand with the *periodic* denominator L
(as in spectral-analysis code); Octave's reference uses the symmetric window,
``cos(2*pi*n/(L-1))``. Every frame's energy is then slightly off: no catalogued
relation explains it, so the diagnosis is "unexplained" and
``portcheck trace`` points at the window line.

Run:  portcheck trace --octave examples/trace/frame_energy.m --python examples/trace/frame_energy.py:frame_energy --inputs examples/trace/frame_energy.npz
"""
import numpy as np


def frame_energy(x, frame_len, hop):
    x = np.asarray(x, dtype=float).ravel()
    L = frame_len
    K = (x.size - L) // hop + 1
    n = np.arange(L)
    w = 0.54 - 0.46 * np.cos(2 * np.pi * n / L)   # BUG: the symmetric window divides by L - 1
    idx = np.arange(K)[:, None] * hop + n[None, :]
    frames = x[idx]
    E = np.sum((frames * w) ** 2, axis=1)
    return E
