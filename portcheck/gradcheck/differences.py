"""Numerical derivative kernels (central, forward, complex step, Richardson), their error model."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .noise import random_direction
from .objective import ComplexUnsafe
from .results import ComplexSafety
from .steps import METHOD_ORDER, relative_step

__all__ = ["Samples", "numerical_gradient", "fd_error", "probe_complex_safety",
           "TRUNCATION_COEFFICIENT"]

#: Leading Taylor coefficient of each method's truncation error, C in C h^p f^(p+1).
TRUNCATION_COEFFICIENT = {"forward": 1 / 2, "central": 1 / 6, "complex": 1 / 6,
                          "richardson": 1 / 480}

#: Rounding error of each method in units of noise/h (how many noisy values, and weights).
ROUNDING_FACTOR = {"forward": 2.0, "central": 1.0, "richardson": 3.0, "complex": 0.0}


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


def fd_error(method, numerical, analytic, steps, scale, f0, noise, eps, gap=None, gnoise=0.0):
    """Estimated error of each numerical derivative (and of the analytic one's rounding).

    Parameters
    ----------
    method : str
    numerical, analytic, steps, scale : ndarray, shape (k,)
        Numerical and analytic derivatives, realised steps, ``max(1, |x|)``.
    f0 : float
        f(x).
    noise : float or ndarray, shape (k,)
        Rounding noise of f (from :func:`estimate_noise`), per entry if floored by
        the values f(x +- h) themselves.
    eps : float
        Machine epsilon of the working dtype.
    gap : ndarray, shape (k,), optional
        ``(f(x+h) - 2 f(x) + f(x-h)) / h`` = h f'' + noise, when available.
    gnoise : float or ndarray, shape (k,)
        Measured rounding noise of the analytic gradient's entries.

    Returns
    -------
    err : ndarray, shape (k,)
        rounding + truncation + analytic-side rounding.

    Notes
    -----
    Rounding: ``noise / h`` per noisy value entering the quotient (central 1,
    forward 2, Richardson 3; none for the complex step, which has no
    cancellation). Truncation: ``C (h/x_c)^p (|f'| + |f|/x_c)`` with the Taylor
    coefficient C of each method and ``x_c = max(1, |x|)``, Numerical Recipes
    section 5.7's model ``f^(p+1) ~ f / x_c^(p+1)``; for central differences the
    measured curvature adds ``h |gap| / (6 x_c)`` (``f''' ~ f''/x_c``). Analytic
    side: the larger of the cost's own rounding carried by the gradient,
    ``ulps * eps * (|g| + rms(g))``, and the gradient's measured noise (ECnoise
    on its components; covers cancellation in sums over examples).
    """
    numerical, analytic = np.abs(numerical), np.abs(analytic)
    hr = steps / scale
    p = METHOD_ORDER[method]
    rounding = ROUNDING_FACTOR[method] * noise / steps
    trunc = TRUNCATION_COEFFICIENT[method] * hr ** p * (numerical + abs(f0) / scale)
    if gap is not None:
        trunc = trunc + np.nan_to_num(steps * np.abs(gap) / (6 * scale))
    ulps = max(1.0, float(np.min(noise)) / (eps * abs(f0))) if f0 else 1.0
    rms = float(np.sqrt(np.mean(analytic ** 2))) if analytic.size else 0.0
    g_round = np.maximum(ulps * eps * (analytic + rms), gnoise)
    if method == "complex":
        g_round = g_round + ulps * eps * numerical
    return rounding + trunc + g_round


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
    d_fd = (obj.value(xp) - obj.value(xm)) / (2 * t)
    ulps = max(1.0, noise / (obj.eps * abs(f0))) if f0 else 1.0
    thr = safety * (noise / t + t * t * (abs(d_fd) + abs(f0)) / 6
                    + ulps * obj.eps * float(np.sum(np.abs(g * w)))
                    + (0.0 if gl is None else float(np.linalg.norm(gl * w))))
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
