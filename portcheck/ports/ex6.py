"""Exercise 6 (support vector machines), translated from ``reference_octave/ex6``.

Only the kernel is ported: training in the course calls an SMO solver whose
iterates are not comparable across languages.
"""
from __future__ import annotations

import numpy as np

__all__ = ["gaussianKernel"]


def gaussianKernel(x1, x2, sigma):
    """Gaussian (RBF) similarity of two vectors (Octave ``ex6/gaussianKernel.m``).

    ``sim = exp(-sum((x1 - x2) ** 2) / (2 * sigma ** 2))``.

    Parameters
    ----------
    x1, x2 : array_like, shape (n,), (n, 1) or (1, n)
        The two vectors; each is read column-major, as Octave's ``x(:)``, so a
        row and a column of the same values give the same similarity (no
        ``(n, 1) - (1, n)`` broadcast).
    sigma : float
        Bandwidth; must be non-zero.

    Returns
    -------
    sim : float
        In ``(0, 1]``; 1 when ``x1 == x2``.
    """
    x1 = np.asarray(x1, dtype=float).ravel(order="F")
    x2 = np.asarray(x2, dtype=float).ravel(order="F")
    return float(np.exp(-np.sum((x1 - x2) ** 2) / (2 * sigma**2)))
