"""The one fit of ``b = c * a``: a factor between two arrays, and whether every entry follows it.

Several questions of the package are this one: is PORT's gradient OCTAVE's times
2 (the diagnosis's constant factors, a factor per hidden unit)? Is the
regularisation part of the gradient ``c x lambda/m x Theta``? Is the numerical
gradient ``c`` times the analytic one, over a block or a row (the gradient
check's factor analysis)? Each asks :func:`fit_factor` with its own tolerance.
"""
from __future__ import annotations

import numpy as np

__all__ = ["fit_factor"]


def fit_factor(b, a, tolerance, *, estimate_on=None) -> tuple[float | None, bool]:
    """The factor ``c`` of ``b = c * a`` and whether every entry fits it.

    Parameters
    ----------
    b, a : array_like, shape (k,)
        The arrays (flattened).
    tolerance : callable ``tolerance(c) -> float or ndarray, shape (k,)``
        How far each ``b`` may be from ``c * a``.
    estimate_on : ndarray of bool, shape (k,), optional
        Entries ``c`` is estimated from (default all); the fit is checked on all.

    Returns
    -------
    c : float or None
        The least-squares factor ``a . b / a . a`` over ``estimate_on``; None when
        it is undefined (``a`` is 0 there, or a value is not finite).
    fits : bool
        Every entry satisfies ``|b - c a| <= tolerance(c)``.
    """
    a = np.asarray(a, dtype=float).ravel()
    b = np.asarray(b, dtype=float).ravel()
    if a.size != b.size or not np.all(np.isfinite(a)) or not np.all(np.isfinite(b)):
        return None, False
    use = np.ones(a.size, bool) if estimate_on is None else np.asarray(estimate_on, bool).ravel()
    aa = float(a[use] @ a[use])
    if aa == 0:
        return None, False
    c = float(a[use] @ b[use]) / aa
    if not np.isfinite(c):
        return None, False
    return c, bool(np.all(np.abs(b - c * a) <= tolerance(c)))
