"""A NumPy port of Octave's signal-package ``resample(x, p, q)``, written from its algorithm.

``resample`` is a correct port (polyphase filtering with a Kaiser-windowed
sinc, as Octave's resample.m designs it). ``resample_normalised`` adds one
line a careful porter might add -- scaling the filter so that its taps sum
to ``p`` -- which Octave does not do: the output then differs by a constant
gain a little below 1 (``portcheck compare --octave resample --package signal
--python examples/signal/resample_port.py:resample_normalised --inputs ...``).
"""
import numpy as np
from scipy.signal import upfirdn


def _filter(p, q):
    """Octave's default anti-aliasing filter: a Kaiser-windowed sinc of 2L+1 taps."""
    rejection_db = 60.0
    cutoff = 1 / (2 * max(p, q))
    roll_off = cutoff / 10.0
    L = int(np.ceil((rejection_db - 8.0) / (28.714 * roll_off)))
    t = np.arange(-L, L + 1)
    ideal = 2 * p * cutoff * np.sinc(2 * cutoff * t)
    beta = 0.1102 * (rejection_db - 8.7)
    return np.kaiser(2 * L + 1, beta) * ideal


def _apply(x, h, p, q):
    x = np.asarray(x, dtype=float).ravel()
    Lx, Lh = x.size, h.size
    L = (Lh - 1) / 2.0
    Ly = int(np.ceil(Lx * p / q))
    nz_pre = int(np.floor(q - np.mod(L, q)))
    hpad = np.concatenate([np.zeros(nz_pre), h])
    offset = int(np.floor((L + nz_pre) / q))
    nz_post = 0
    while np.ceil(((Lx - 1) * p + nz_pre + Lh + nz_post) / q) - offset < Ly:
        nz_post += 1
    hpad = np.concatenate([hpad, np.zeros(nz_post)])
    y = upfirdn(hpad, x, p, q)
    return y[offset:offset + Ly]


def _reduce(p, q):
    g = np.gcd(int(p), int(q))
    return int(p) // g, int(q) // g


def resample(x, p, q):
    """Resample ``x`` by ``p/q`` exactly as Octave's signal package does."""
    p, q = _reduce(p, q)
    return _apply(x, _filter(p, q), p, q)


def resample_normalised(x, p, q):
    """The same, with the filter normalised to a DC gain of exactly ``p`` (Octave's is not)."""
    p, q = _reduce(p, q)
    h = _filter(p, q)
    h = h * p / np.sum(h)
    return _apply(x, h, p, q)
