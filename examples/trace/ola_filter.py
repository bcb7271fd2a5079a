"""A loop-style port of ola_filter.m, with a helper and one mistake: each block loses its last sample.

The port keeps 0-based block offsets (``first = b * block``, a correct
convention) but slices ``x[first:last - 1]``, translating Octave's inclusive
``first:last`` one sample too short. The output is off near every block edge;
``portcheck trace`` points at the slice line.

Run:  portcheck trace --octave examples/trace/ola_filter.m --python examples/trace/ola_filter.py:ola_filter --inputs examples/trace/ola_filter.npz
"""
import numpy as np


def _block_spectrum(seg, n):
    return np.fft.fft(seg, n)


def ola_filter(x, h, block):
    x = np.asarray(x, dtype=float).ravel()
    h = np.asarray(h, dtype=float).ravel()
    M = h.size
    N = block + M - 1
    H = np.fft.fft(h, N)
    nb = int(np.ceil(x.size / block))
    y = np.zeros(nb * block + M - 1)
    for b in range(nb):
        first = b * block
        last = min((b + 1) * block, x.size)
        seg = x[first:last - 1]   # BUG: Octave's first:last includes last; the slice is x[first:last]
        Y = np.fft.ifft(_block_spectrum(seg, N) * H)
        y[first:first + N] += Y.real
    return y[: x.size + M - 1]
