"""Numerical derivative kernels: central, forward, complex step, Richardson; kink and complex-safety probes.

The kernels evaluate the cost; judging what they measured is the core's job
(:mod:`portcheck.gradcheck.core`: the error model and the one threshold rule).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .core import directional_difference
from .noise import random_direction
from .objective import ComplexUnsafe
from .results import ComplexSafety
from .steps import relative_step

__all__ = ["Samples", "numerical_gradient", "coordinate_values", "kink_candidate", "probe_kink",
           "probe_complex_safety", "KINK_NOISE"]

#: A one-sided gap counts as a kink candidate above KINK_NOISE * safety * noise / h: the gap at
#: h/2 carries up to 4 noise / (h/2) = 8 noise / h of rounding, so above this the halving
#: ratio is known to about 1/safety.
KINK_NOISE = 8.0


@dataclass(frozen=True, eq=False)
class Samples:
    """What a kernel measured at entries ``index`` (arrays of shape (k,))."""

    method: str
    index: np.ndarray
    numerical: np.ndarray
    steps: np.ndarray           # realised step h_i (x_i + h_i - x_i in the working dtype)
    f_plus: np.ndarray          # f(x + h e_i) (nan when not evaluated)
    f_minus: np.ndarray         # f(x - h e_i) (nan when not evaluated)


def _shifted(obj, x, i, h):
    return float(obj.round(np.array([x[i] + h]))[0])


def coordinate_values(obj, x, i, h) -> tuple[float, float]:
    """``(f(x + h e_i), f(x - h e_i))``, the steps realised in the working dtype (2 evaluations)."""
    obj.plan(2)
    xw = x.copy()
    xw[i] = _shifted(obj, x, i, h)
    fp = obj.value(xw)
    xw[i] = _shifted(obj, x, i, -h)
    return fp, obj.value(xw)


def kink_candidate(gap, difference, h, noise, safety) -> bool:
    """Worth probing for a kink: the one-sided gap explains the difference and stands above rounding.

    ``gap`` is ``(f(x+h) - 2 f(x) + f(x-h)) / h``; ``difference`` is ``numerical - analytic``.
    """
    return abs(gap) >= 0.5 * abs(difference) and abs(gap) > KINK_NOISE * safety * noise / h


def probe_kink(obj, x, f0, i, h, gap) -> tuple[bool, float]:
    """Is entry ``i`` on a kink (ReLU, abs, max)? Re-measure its one-sided gap at ``h/2`` (2 evaluations).

    Returns ``(kink, gap at h/2)``. Curvature makes the gap halve with the step; a
    slope jump inside ``[x - h, x + h]`` keeps it: a ratio gap(h/2)/gap(h) more
    than 0.25 away from 1/2 is a kink.
    """
    fp2, fm2 = coordinate_values(obj, x, i, h / 2)
    gap2 = (fp2 - 2 * f0 + fm2) / (h / 2)
    return bool(abs(gap2 / gap - 0.5) > 0.25), gap2


def _central(obj, x, h, idx):
    fp, fm, dx = (np.empty(len(idx)) for _ in range(3))
    xw = x.copy()
    for k, i in enumerate(idx):
        hi = h[i] if np.ndim(h) else h
        xp, xm = _shifted(obj, x, i, hi), _shifted(obj, x, i, -hi)
        xw[i] = xp
        fp[k] = obj.value(xw)
        xw[i] = xm
        fm[k] = obj.value(xw)
        xw[i] = x[i]
        dx[k] = xp - xm
    return (fp - fm) / dx, dx / 2, fp, fm


def numerical_gradient(obj, x, f0, method="central", step=None, index=None):
    """Numerical partial derivatives of ``obj`` at ``x`` by ``method``.

    Parameters
    ----------
    obj : Objective
    x : ndarray, shape (n,)
        The point (float64 holding working-dtype values).
    f0 : float
        f(x), reused by forward differences.
    method : {'central', 'forward', 'complex', 'richardson'}
        Evaluations per entry: 2, 1, 1 (complex), 4.
    step : ndarray, shape (n,), optional
        Absolute steps; default ``default_step(x, method, obj.dtype)``.
    index : ndarray of int, shape (k,), optional
        Entries to differentiate (default all).

    Returns
    -------
    Samples

    Notes
    -----
    Each step is realised in the working dtype and the difference quotient divides
    by the realised ``(x + h) - (x - h)``, so float32 rounding of ``x + h`` does
    not bias the quotient (Numerical Recipes, 3rd ed., eq. 5.7.4). Richardson:
    ``(4 D(h/2) - D(h)) / 3`` cancels the h^2 term of central differences
    (error O(h^4)). Complex step: ``Im f(x + i h e_i) / h`` (Squire & Trapp 1998).
    """
    n = x.size
    idx = np.arange(n) if index is None else np.asarray(index, dtype=int)
    if step is None:
        step = relative_step(method, obj.dtype) * np.maximum(1.0, np.abs(x))
    nan = np.full(len(idx), math.nan)
    if method == "central":
        obj.plan(2 * len(idx))
        num, h, fp, fm = _central(obj, x, step, idx)
        return Samples(method, idx, num, h, fp, fm)
    if method == "richardson":
        obj.plan(4 * len(idx))
        d1, h, fp, fm = _central(obj, x, step, idx)
        d2, _, _, _ = _central(obj, x, step / 2, idx)
        return Samples(method, idx, (4 * d2 - d1) / 3, h, fp, fm)
    if method == "forward":
        obj.plan(len(idx))
        fp, dx = np.empty(len(idx)), np.empty(len(idx))
        xw = x.copy()
        for k, i in enumerate(idx):
            xw[i] = _shifted(obj, x, i, step[i])
            fp[k] = obj.value(xw)
            dx[k] = xw[i] - x[i]
            xw[i] = x[i]
        return Samples(method, idx, (fp - f0) / dx, dx, fp, nan)
    # complex step: the imaginary part carries the derivative, no cancellation
    obj.plan(len(idx))
    num = np.empty(len(idx))
    z = x.astype(np.complex128)
    for k, i in enumerate(idx):
        z[i] = complex(x[i], step[i])
        num[k] = obj.complex_value(z).imag / step[i]
        z[i] = x[i]
    return Samples(method, idx, num, np.asarray(step, dtype=float)[idx], nan, nan)


def probe_complex_safety(obj, x, f0, g, noise, rng, safety, gl=None):
    """Is the cost complex-safe? One complex and two real evaluations along a random direction.

    Returns
    -------
    ComplexSafety
        ``safe=False`` with the reason when the cost raises on complex input,
        drops the imaginary part, or returns ``Im f(x + i t w)/t`` inconsistent
        with central differences along the same direction w (e.g. ``np.abs``,
        ``.real``, a conjugating transpose, comparisons inside the cost).
    """
    n = x.size
    scale = np.maximum(1.0, np.abs(x))
    v = random_direction(rng, n, np.arange(n), scale)
    t = relative_step("central", obj.dtype)
    obj.plan(3)
    xp, xm = obj.round(x + t * v), obj.round(x - t * v)
    w = (xp - xm) / (2 * t)
    fp, fm = obj.value(xp), obj.value(xm)
    d_fd = (fp - fm) / (2 * t)
    ulps = max(1.0, noise / (obj.eps * abs(f0))) if f0 else 1.0
    # the one threshold rule, with the complex step in the place of the analytic derivative
    thr = directional_difference(fp, fm, f0, d_fd, t, eps=obj.eps, safety=safety, noise=noise, curvature=False,
                                 analytic_rounding=ulps * obj.eps * float(np.sum(np.abs(g * w)))
                                 + (0.0 if gl is None else float(np.linalg.norm(gl * w)))).threshold
    tc = relative_step("complex", obj.dtype)
    try:
        fc = obj.complex_value(x + 1j * tc * w)
    except ComplexUnsafe as exc:
        return ComplexSafety(False, str(exc), math.nan, d_fd, thr)
    d_cs = fc.imag / tc
    if fc.imag == 0 and abs(d_fd) > thr:
        return ComplexSafety(False, "drops the imaginary part (Im f = 0 exactly while the "
                             f"central difference is {d_fd:.3e})", d_cs, d_fd, thr)
    if not abs(d_cs - d_fd) <= thr:
        return ComplexSafety(False, "returns a result inconsistent with central differences "
                             f"(Im f(x+ihv)/h = {d_cs:.6e}, central {d_fd:.6e}, difference "
                             f"{abs(d_cs - d_fd):.1e} > {thr:.1e}): np.abs, .real, max, or a "
                             "conjugating transpose inside the cost?", d_cs, d_fd, thr)
    return ComplexSafety(True, "", d_cs, d_fd, thr)
