"""Error metrics with thresholds, per-block reports, worst entries and factor analysis."""
from __future__ import annotations

import math

import numpy as np

from ..cases.blocks import block_of
from ..fitting import fit_factor
from .core import ROUNDING_FACTOR, TRUNCATION_COEFFICIENT
from .results import BlockReport, Entry, FactorAnalysis, Metric, UnitRatio
from .steps import METHOD_ORDER

__all__ = ["compute_metrics", "block_reports", "worst_entries", "analyse_factors", "make_entry",
           "COURSE_THRESHOLD", "RATIO_RELIABILITY", "MAX_LOCATIONS"]

_TINY = np.finfo(np.float64).tiny

#: The fixed threshold of the course's checkNNGradients ("less than 1e-9").
COURSE_THRESHOLD = 1e-9

#: An entry's ratio n/g is used when |g| and |n| exceed this many times its FD error (ratio to 1%).
RATIO_RELIABILITY = 100.0

#: At most this many locations in any list (house style).
MAX_LOCATIONS = 5


def _times(r):
    return f"{r:.0f}x" if r < 1000 else f"{r:.1e}x"


def _rel(n, g):
    return np.abs(n - g) / np.maximum(np.maximum(np.abs(n), np.abs(g)), _TINY)


def make_entry(blocks, i, n, g, err, kink=False):
    """An :class:`Entry` for unrolled index ``i``."""
    block = block_of(blocks, int(i))
    return Entry(int(i), block.name, block.label(int(i)), float(n), float(g), float(abs(n - g)),
                 float(_rel(np.float64(n), np.float64(g))), float(err), kink)


def compute_metrics(n, g, err, *, safety, method, steps, scale, f0, noise, eps, dtype_name,
                    gnoise=0.0, measured=None):
    """Ng's relative difference, element-wise relative error and allclose, with thresholds.

    Parameters
    ----------
    n, g, err : ndarray, shape (N,)
        Numerical gradient, analytic gradient, estimated FD error per entry.
    safety : float
        Thresholds are ``safety`` times the estimated error.
    method : str
    steps, scale : ndarray, shape (N,)
        Realised steps and ``max(1, |x|)``.
    f0, eps : float
    noise : float or ndarray, shape (N,)
        Rounding noise of f (per entry when floored by f(x +- h)).
    dtype_name : str
    gnoise : float or ndarray, shape (N,)
        Measured rounding noise of the analytic gradient.
    measured : ndarray, shape (N,), optional
        Truncation measured by re-evaluating at 2h (0 where not measured); already
        part of ``err``, and added to allclose's rtol.

    Returns
    -------
    metrics : tuple of Metric
        (ng_relative, elementwise_relative, allclose).
    violations : ndarray of bool, shape (N,)
        Entries with ``|n - g| > safety * err``.

    Notes
    -----
    Each threshold is the estimated finite-difference error (see
    :func:`~portcheck.gradcheck.core.fd_error`) times ``safety`` = 10 by
    default: the error model is an order-of-magnitude estimate (Numerical
    Recipes section 5.7), and a real bug does not shrink with the step (run the
    sweep). Ng's metric is also compared with the course's fixed 1e-9, which is
    only meaningful for float64 and central differences at h = 1e-4.
    """
    N = n.size
    d = np.abs(n - g)
    norm_sum = float(np.linalg.norm(n + g))
    norm_diff = float(np.linalg.norm(n - g))
    ng = norm_diff / norm_sum if norm_sum > 0 else (0.0 if norm_diff == 0 else math.inf)
    ng_thr = safety * float(np.linalg.norm(err)) / norm_sum if norm_sum > 0 else 0.0
    ng_ok = bool(ng <= ng_thr)
    course = ""
    if ng_ok and ng > COURSE_THRESHOLD:
        course = f" (the course's fixed {COURSE_THRESHOLD:g} would wrongly fail it)"
    elif not ng_ok and ng <= COURSE_THRESHOLD:
        course = f" (the course's fixed {COURSE_THRESHOLD:g} would wrongly pass it)"
    ng_metric = Metric(
        "ng_relative", "norm(n-g)/norm(n+g)", ng, ng_thr,
        f"{safety:g} x norm(estimated FD error)/norm(n+g), {dtype_name}",
        0 if ng_ok else 1, 1, ng_ok,
        (f"{ng:.1e} is below its threshold {ng_thr:.1e}" if ng_ok else
         f"{ng:.1e} exceeds its threshold {ng_thr:.1e} "
         f"({_times(ng / max(ng_thr, _TINY))})") + course)

    tol = safety * err
    viol = ~(d <= tol)
    rel = _rel(n, g)
    above = np.maximum(np.abs(n), np.abs(g)) > tol
    k = int(viol.sum())
    pool = viol if k else above
    if pool.any():
        j = int(np.flatnonzero(pool)[np.argmax(rel[pool])])
        el_val, el_thr = float(rel[j]), float(tol[j] / max(abs(n[j]), abs(g[j]), _TINY))
    else:
        el_val, el_thr = 0.0, 0.0
    below = N - int(above.sum())
    note = (f"; {below} entries are below the finite-difference noise, where a relative error "
            "means nothing" if below else "")
    if k:
        el_verdict = (f"{k} / {N} entries ({100 * k / N:.1f}%) differ by more than {safety:g}x "
                      f"their estimated FD error; max relative difference among them {el_val:.1e}")
    else:
        el_verdict = (f"every entry within {safety:g}x its estimated FD error; worst relative "
                      f"difference {el_val:.1e} (threshold there {el_thr:.1e})") + note
    el_metric = Metric("elementwise_relative", "|n-g|/max(|n|,|g|,tiny)", el_val, el_thr,
                       f"{safety:g} x estimated FD error / max(|n|,|g|) per entry", k, N, k == 0,
                       el_verdict)

    p = METHOD_ORDER[method]
    hr = float(np.max(steps / scale))
    ulps = max(1.0, float(np.min(noise)) / (eps * abs(f0))) if f0 else 1.0
    atol = safety * float(np.max(ROUNDING_FACTOR[method] * noise / steps
                                 + TRUNCATION_COEFFICIENT[method] * hr ** p * abs(f0) / scale))
    atol = max(atol, safety * ulps * eps * float(np.sqrt(np.mean(g * g))),
               safety * float(np.max(gnoise)))
    rtol = safety * (TRUNCATION_COEFFICIENT[method] * hr ** p + 2 * ulps * eps)
    if measured is not None and np.any(measured > 0):
        m = measured > 0
        rtol += safety * float(np.max(measured[m] / np.maximum(np.abs(g[m]), _TINY)))
    ac_viol = ~(d <= atol + rtol * np.abs(g))
    kc = int(ac_viol.sum())
    ac_verdict = (f"{kc} / {N} entries ({100 * kc / N:.1f}%) outside atol={atol:.1e}, "
                  f"rtol={rtol:.1e}; max |n-g| {float(d.max()):.1e}" if kc else
                  f"all {N} entries within atol={atol:.1e}, rtol={rtol:.1e}")
    ac_metric = Metric(
        "allclose", "|n-g| <= atol + rtol*|g|", float(d.max()), float(atol), (
            f"atol = {safety:g} x rounding noise/h; rtol = {safety:g} x (truncation "
            f"C (h/x_c)^{p} + eps), {dtype_name}"),
        kc, N, kc == 0, ac_verdict, atol=float(atol), rtol=float(rtol))
    return (ng_metric, el_metric, ac_metric), viol


def worst_entries(blocks, idx, n, g, err, safety, kinks=frozenset(), limit=MAX_LOCATIONS):
    """Up to ``limit`` entries of ``idx`` with the largest ``|n-g| / (safety*err)``."""
    idx = np.asarray(idx)
    if idx.size == 0:
        return ()
    excess = np.abs(n[idx] - g[idx]) / np.maximum(safety * err[idx], _TINY)
    order = idx[np.argsort(-excess, kind="stable")][:limit]
    return tuple(make_entry(blocks, i, n[i], g[i], err[i], kink=int(i) in kinks) for i in order)


def _median_ratio(n, g, err, mask):
    r = mask & (np.abs(g) > RATIO_RELIABILITY * err) & (np.abs(n) > RATIO_RELIABILITY * err)
    if not r.any():
        return math.nan, r
    return float(np.median(n[r] / g[r])), r


def block_reports(blocks, n, g, err, viol, safety, kinks=frozenset()):
    """One :class:`BlockReport` per block: metric, bias column vs the rest, worst entries."""
    out = []
    for b in blocks:
        s = slice(b.start, b.stop)
        nb, gb, eb, vb = n[s], g[s], err[s], viol[s]
        ns, nd = float(np.linalg.norm(nb + gb)), float(np.linalg.norm(nb - gb))
        ng = nd / ns if ns > 0 else (0.0 if nd == 0 else math.inf)
        thr = safety * float(np.linalg.norm(eb)) / ns if ns > 0 else 0.0
        _, cols = b.local_grid()
        has_bias = b.is_matrix and b.shape[1] > 1
        bias_v = int(vb[cols == 0].sum()) if has_bias else 0
        rest_v = int(vb.sum()) - bias_v
        if not vb.any():
            where = "none"
        elif not has_bias:
            where = "entries"
        elif rest_v == 0:
            where = "bias column only"
        elif bias_v == 0:
            where = "non-bias columns only"
        else:
            where = "both"
        ratio, _ = _median_ratio(nb, gb, eb, np.ones(b.size, bool))
        pool = np.flatnonzero(vb) if vb.any() else np.arange(b.size)
        worst = worst_entries(blocks, pool + b.start, n, g, err, safety, kinks)
        out.append(BlockReport(b.name, tuple(b.shape), b.start, b.stop, ng, thr, int(vb.sum()),
                               b.size, not vb.any(), bias_v, rest_v, where, ratio, worst))
    return tuple(out)


def _fit(n, g, err, mask, safety):
    """(c, every entry of ``mask`` is c x analytic within its error, entries c was fitted on)."""
    reliable = mask & (np.abs(g) > RATIO_RELIABILITY * err) & (np.abs(n) > RATIO_RELIABILITY * err)
    if not reliable.any():
        return math.nan, False, 0
    c, fits = fit_factor(n[mask], g[mask], lambda c: safety * err[mask] * (1 + abs(c)), estimate_on=reliable[mask])
    return (math.nan, False, 0) if c is None else (c, fits, int(reliable.sum()))


def _factor_hint(c):
    if abs(c - 2) < 5e-3:
        return (": the analytic gradient is half the true one (a term dropped, e.g. a softmax "
                "derivative keeping only the Jacobian's diagonal, or an extra 1/2)")
    if abs(c - 0.5) < 5e-3:
        return ": the analytic gradient is twice the true one (a term counted twice, a missing 1/2)"
    if abs(c + 1) < 5e-3:
        return ": a sign error (the gradient points uphill)"
    return ": a missing or extra constant (1/m, 1/2, lambda?)"


def analyse_factors(blocks, n, g, err, viol, safety):
    """Is numerical = c * analytic over the whole gradient, per block, or per row (output unit)?

    Parameters
    ----------
    blocks : tuple of Block
    n, g, err : ndarray, shape (N,)
    viol : ndarray of bool, shape (N,)
        Entries outside their threshold.
    safety : float

    Returns
    -------
    FactorAnalysis

    Notes
    -----
    The factor of a set is the least-squares ``c`` of ``n = c g``
    (:func:`portcheck.fitting.fit_factor`) over entries where both exceed
    ``RATIO_RELIABILITY`` = 100 times the FD error (each ratio known to 1%); the
    set "is" that factor when every entry satisfies ``|n - c g| <= safety * err
    * (1 + |c|)``. Per-row factors are what a wrong output-layer derivative
    leaves: for a softmax whose derivative keeps only the Jacobian's diagonal
    the factor is 2 for every entry with 2 classes, and one factor per output
    unit with more classes and a single example.
    """
    every = np.ones(n.size, bool)
    if not viol.any():
        return FactorAnalysis("none", 1.0, tuple((b.name, 1.0) for b in blocks), (),
                              "numerical = analytic within noise: no factor")
    c, ok, reliable = _fit(n, g, err, every, safety)
    units = []
    for b in blocks:
        if not (b.is_matrix and b.shape[1] > 1 and viol[b.start:b.stop].any()):  # a row of one entry fits any factor
            continue
        rows, _ = b.local_grid()
        for r in range(b.shape[0]):
            m = np.zeros(n.size, bool)
            m[b.start:b.stop][rows == r] = True
            cr, okr, rel_r = _fit(n, g, err, m, safety)
            median, sel = _median_ratio(n, g, err, m)  # the row's typical ratio, shown even where none fits
            ratios = n[sel] / g[sel] if sel.any() else np.array([math.nan])
            if math.isnan(cr):
                okr = not viol[m].any()
            units.append(UnitRatio(b.name, r, r + 1, median, float(np.min(ratios)),
                                   float(np.max(ratios)), rel_r, okr))
    units = tuple(units)
    if ok and reliable >= 2:
        return FactorAnalysis("constant", c, tuple((b.name, c) for b in blocks), units,
                              f"constant factor {c:.3f} over the whole gradient (numerical = "
                              f"{c:.3f} x analytic at every entry){_factor_hint(c)}")
    fits = [_fit(n, g, err, _mask(b, n.size), safety) for b in blocks]
    bfs = tuple((b.name, f[0]) for b, f in zip(blocks, fits))
    if len(blocks) > 1 and all(f[1] or not viol[b.start:b.stop].any()
                               for b, f in zip(blocks, fits)):
        parts = ", ".join(f"{b.name} {f[0]:.3f}" for b, f in zip(blocks, fits)
                          if viol[b.start:b.stop].any())
        return FactorAnalysis("per_block", math.nan, bfs, units,
                              f"constant factor per block: {parts} (the other blocks agree)")
    if units and all(u.constant for u in units):
        vals = [u.ratio for u in units if not math.isnan(u.ratio)]
        if len(vals) >= 2 and max(vals) - min(vals) > 1e-3 * max(1.0, max(abs(v) for v in vals)):
            names = sorted({u.block for u in units})
            return FactorAnalysis("per_row", math.nan, bfs, units,
                                  f"factor differs per output unit (row) of {', '.join(names)}: "
                                  f"each row is a constant multiple of the analytic row, from "
                                  f"{min(vals):.3f} to {max(vals):.3f} (a wrong output-layer "
                                  "derivative, e.g. the softmax Jacobian's diagonal only)")
    if units:
        return FactorAnalysis("varies", math.nan, bfs, units,
                              "no common factor: numerical/analytic varies within rows "
                              "(see the per-unit ratio table)")
    return FactorAnalysis("unknown", math.nan, bfs, units,
                          "no common factor: the disagreement is entry by entry")


def _mask(b, size):
    m = np.zeros(size, bool)
    m[b.start:b.stop] = True
    return m
