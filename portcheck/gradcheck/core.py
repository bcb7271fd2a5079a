"""The finite-difference core: the error model of a difference quotient and the one threshold rule.

Every gradient check of the package judges a numerical derivative the same way:
it agrees with the analytic one when ``|numerical - analytic| <= safety x
estimated error`` (:func:`within`), the estimated error being
:func:`fd_error` -- rounding, modelled truncation, the analytic side's rounding --
plus, where the derivative was also taken at twice the step, the *measured*
truncation (:func:`measured_truncation`). The users of this module:

* :func:`portcheck.gradcheck.check_gradient` -- per entry (full path) and along
  random directions (fast path, :func:`directional_difference`);
* the diagnosis's self-consistency step (:mod:`portcheck.diagnose.consistency`),
  along one random direction per gradient cell, for PORT and OCTAVE;
* the Octave reference's own check (:mod:`portcheck.gradcheck.reference`), whose
  function values come back from one Octave call.

Steps follow :func:`~portcheck.gradcheck.steps.relative_step` everywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .steps import METHOD_ORDER

__all__ = ["DEFAULT_SAFETY", "TRUNCATION_COEFFICIENT", "ROUNDING_FACTOR", "fd_error", "measured_truncation",
           "within", "DirectionalDifference", "directional_difference"]

#: Thresholds are this many times the estimated error: the model is an order-of-magnitude
#: estimate (Numerical Recipes, 3rd ed., section 5.7), a real bug does not shrink with the step.
DEFAULT_SAFETY = 10.0

#: Leading Taylor coefficient of each method's truncation error, C in C h^p f^(p+1).
TRUNCATION_COEFFICIENT = {"forward": 1 / 2, "central": 1 / 6, "complex": 1 / 6, "richardson": 1 / 480}

#: Rounding error of each method in units of noise/h (how many noisy values, and weights).
ROUNDING_FACTOR = {"forward": 2.0, "central": 1.0, "richardson": 3.0, "complex": 0.0}


def fd_error(method, numerical, analytic, steps, scale, f0, noise, eps, gap=None, gnoise=0.0, analytic_rounding=None):
    """Estimated error of each numerical derivative (and of the analytic one's rounding).

    Parameters
    ----------
    method : {'central', 'forward', 'complex', 'richardson'}
    numerical, analytic, steps, scale : ndarray, shape (k,)
        Numerical and analytic derivatives, realised steps, ``max(1, |x|)`` (1 along
        a direction that is already scaled).
    f0 : float
        f(x).
    noise : float or ndarray, shape (k,)
        Rounding noise of f: measured (ECnoise), or one ulp of the values used.
    eps : float
        Machine epsilon of the working dtype.
    gap : ndarray, shape (k,), optional
        ``(f(x+h) - 2 f(x) + f(x-h)) / h`` = h f'' + noise, when available.
    gnoise : float or ndarray, shape (k,)
        Measured rounding noise of the analytic gradient's entries.
    analytic_rounding : float or ndarray, shape (k,), optional
        The analytic side's rounding when known otherwise (a directional
        derivative ``g . v`` carries ``eps |g| . |v|``); replaces the per-entry model.

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
    if analytic_rounding is not None:
        g_round = analytic_rounding
    else:
        rms = float(np.sqrt(np.mean(analytic ** 2))) if analytic.size else 0.0
        g_round = np.maximum(ulps * eps * (analytic + rms), gnoise)
    if method == "complex":
        g_round = g_round + ulps * eps * numerical
    return rounding + trunc + g_round


def measured_truncation(residual_h, residual_2h, method: str = "central"):
    """Truncation error at h measured from the residuals ``numerical - analytic`` at h and 2h.

    Truncation grows as ``h^p``, a wrong gradient does not: ``|r(2h) - r(h)| /
    (2^p - 1)`` is the truncation left at h (3 for central differences).
    """
    return np.abs(np.asarray(residual_2h) - np.asarray(residual_h)) / (2 ** METHOD_ORDER[method] - 1)


def within(numerical, analytic, error, safety: float = DEFAULT_SAFETY):
    """The one threshold rule: ``|numerical - analytic| <= safety * error`` (NaN never agrees)."""
    return np.abs(np.asarray(numerical) - np.asarray(analytic)) <= safety * np.asarray(error)


@dataclass(frozen=True)
class DirectionalDifference:
    """A central difference along one direction against the analytic directional derivative."""

    numerical: float            # (f(x + t v) - f(x - t v)) / 2t
    analytic: float             # g . v
    difference: float           # |numerical - analytic|
    threshold: float            # safety x estimated error
    truncation: float           # measured at 2t (0 when not measured)

    @property
    def passed(self) -> bool:
        return bool(self.difference <= self.threshold)

    @property
    def ratio(self) -> float:
        """numerical / analytic (inf when the analytic derivative is 0)."""
        return self.numerical / self.analytic if self.analytic else math.inf


def directional_difference(f_plus, f_minus, f0, analytic, t, *, eps, safety=DEFAULT_SAFETY, noise=None,
                           analytic_rounding=0.0, curvature=True, f_plus2=None, f_minus2=None,
                           analytic2=None) -> DirectionalDifference:
    """Judge ``analytic`` (``g . v``) against ``(f(x + t v) - f(x - t v)) / 2t``.

    Parameters
    ----------
    f_plus, f_minus, f0 : float
        f at ``x + t v``, ``x - t v`` and ``x``.
    analytic : float
        The analytic directional derivative along the realised step (``g . (x+ - x-) / 2t``).
    t : float
        The step along ``v`` (``v`` already scaled by ``max(1, |x|)``).
    eps : float
        Machine epsilon of the working dtype.
    noise : float, optional
        Rounding noise of f; default one ulp of the largest value used.
    analytic_rounding : float
        Rounding of ``analytic`` (``eps |g| . |v|`` and the gradient's measured noise).
    curvature : bool
        Add the truncation suggested by the measured curvature (``t |gap| / 6``).
    f_plus2, f_minus2, analytic2 : float, optional
        The same at ``2t``: the truncation is then measured (:func:`measured_truncation`)
        and joins the error.

    Returns
    -------
    DirectionalDifference
    """
    if noise is None:
        noise = eps * max(abs(f_plus), abs(f_minus), abs(f0), np.finfo(float).tiny)
    numerical = (f_plus - f_minus) / (2 * t)
    gap = np.array([(f_plus - 2 * f0 + f_minus) / t]) if curvature else None
    err = float(fd_error("central", np.array([numerical]), np.array([analytic]), np.array([t]), np.array([1.0]), f0,
                         noise, eps, gap, analytic_rounding=analytic_rounding)[0])
    truncation = 0.0
    if f_plus2 is not None:
        numerical2 = (f_plus2 - f_minus2) / (4 * t)
        truncation = float(measured_truncation(numerical - analytic, numerical2 - (analytic if analytic2 is None else analytic2)))
    return DirectionalDifference(float(numerical), float(analytic), float(abs(numerical - analytic)),
                                 safety * (err + truncation), truncation)
