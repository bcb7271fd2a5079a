"""check_gradient: the public entry point that runs the stages and writes the verdict."""
from __future__ import annotations

import math

import numpy as np

from ..cases.blocks import block_of
from ._validation import GradcheckUsageError, check_choice, check_positive
from .core import DEFAULT_SAFETY, fd_error, measured_truncation
from .differences import coordinate_values, kink_candidate, numerical_gradient, probe_complex_safety, probe_kink
from .directional import directional_relations, fast_check
from .metrics import analyse_factors, block_reports, compute_metrics, worst_entries
from .noise import check_determinism, estimate_noise
from .objective import ComplexUnsafe, Objective, parse_blocks
from .relations import MIN_EXPLAINED, difference_relations, factor_relation
from .results import (ComplexSafety, DescentCheck, DeterminismCheck, FullCheck, GradientCheck, Kink,
                      KinkReport, NumericalGradient, Settings)
from .steps import METHODS, relative_step, step_rule_text

__all__ = ["check_gradient", "descent_check", "AUTO_FULL_MAX", "MAX_KINK_PROBES", "MAX_RECHECK"]

#: mode='auto' runs the full 2N check up to this many parameters, the fast path above:
#: 2,000 evaluations is seconds for course-size costs, and the per-entry tables are worth it.
AUTO_FULL_MAX = 1000

#: At most this many failing entries (the closest to their threshold first) are re-measured
#: at 2h to measure their truncation (2 evaluations each for central: at most 400 extra).
MAX_RECHECK = 200

#: Forward and complex-step checks probe at most this many failing entries for kinks
#: (4 evaluations each: at most 200 extra).
MAX_KINK_PROBES = 50


def descent_check(obj, x, f0, g, noise, safety):
    """A small step along -grad must lower the cost by about ``distance * |grad|``.

    Notes
    -----
    The step length is ``eps^(1/3) * max(1, rms(x))``, the central-difference
    scale, enlarged (up to a tenth of that scale) until the predicted decrease
    is 100x the noise threshold, so first-order change dominates both rounding
    and the second-order term. ``ratio`` = actual / predicted is ~1 for a
    correct gradient, 0.5 for a gradient twice too large, negative for a sign error.
    """
    gn = float(np.linalg.norm(g))
    thr = safety * 2 * noise
    if gn == 0:
        return DescentCheck(0.0, 0.0, 0.0, math.nan, thr, True,
                            "the gradient is zero: no descent direction to check")
    s = max(1.0, float(np.sqrt(np.mean(x * x))))
    dist = relative_step("central", obj.dtype) * s
    dist = min(max(dist, 100 * thr / gn), 0.1 * s)
    obj.plan(1)
    xn = obj.round(x - dist * g / gn)
    pred = float(g @ (x - xn))
    actual = f0 - obj.value(xn)
    ratio = actual / pred if pred else math.nan
    if actual > thr:
        verdict = (f"a step of {dist:.1e} along -grad lowers the cost by {actual:.3e} (predicted "
                   f"from the gradient {pred:.3e}, ratio {ratio:.3f})")
        return DescentCheck(dist, pred, actual, ratio, thr, True, verdict)
    if actual < -thr:
        verdict = (f"a step of {dist:.1e} along -grad RAISES the cost by {-actual:.3e} (the "
                   f"gradient predicts a decrease of {pred:.3e}): -grad is not a descent "
                   "direction (a sign error?)")
    else:
        verdict = (f"a step of {dist:.1e} along -grad changes the cost by {actual:.1e}, within "
                   f"the noise {thr:.1e}, although the gradient predicts {pred:.1e}")
    return DescentCheck(dist, pred, actual, ratio, thr, False, verdict)


def _kinks(obj, x, f0, samples, n, g, viol, noise, safety):
    """Confirm kinks among failing entries: one-sided gap that does not halve with h."""
    h = np.abs(samples.steps)
    if samples.method not in ("central", "richardson"):  # forward / complex: probe at the
        h = relative_step("central", obj.dtype) * np.maximum(1.0, np.abs(x))  # central step
    cand, gaps = [], {}
    for k in np.flatnonzero(viol):
        i = int(samples.index[k])
        fp, fm = samples.f_plus[k], samples.f_minus[k]
        if math.isnan(fp) or math.isnan(fm):
            if len(cand) >= MAX_KINK_PROBES:
                continue
            fp, fm = coordinate_values(obj, x, i, h[k])
        gap = (fp - 2 * f0 + fm) / h[k]
        if kink_candidate(gap, n[i] - g[i], h[k], noise, safety):
            cand.append((k, i))
            gaps[i] = gap
    kinks = []
    for k, i in cand:
        kink, gap2 = probe_kink(obj, x, f0, i, h[k], gaps[i])
        if kink:
            kinks.append(Kink(i, "", gaps[i], gap2, True))
    return kinks, len(cand)


def _label_kinks(blocks, kinks):
    out = []
    for kk in kinks:
        out.append(Kink(kk.index, block_of(blocks, kk.index).label(kk.index), kk.gap, kk.gap_half, kk.confirmed))
    return tuple(out)


def _full(obj, x, f0, g, blocks, method, h, noise, gl, safety, dtype_name, constants=None):
    s = numerical_gradient(obj, x, f0, method, step=h)
    n = s.numerical
    scale = np.maximum(1.0, np.abs(x))
    hr = np.abs(s.steps)
    gap = None
    if method in ("central", "richardson"):
        gap = (s.f_plus - 2 * f0 + s.f_minus) / hr
    # f's rounding at the points used, not only at x (matters where f(x) ~ 0: a minimum)
    noise_i = np.fmax(noise, obj.eps * np.fmax(np.abs(s.f_plus), np.abs(s.f_minus)))
    err = fd_error(method, n, g, hr, scale, f0, noise_i, obj.eps, gap, gnoise=gl)
    kw = dict(safety=safety, method=method, steps=hr, scale=scale, f0=f0, noise=noise_i,
              eps=obj.eps, dtype_name=dtype_name, gnoise=gl)
    metrics, viol = compute_metrics(n, g, err, **kw)
    rechecked = cleared = 0
    if method in ("central", "forward") and viol.any():
        # re-measure failing entries at 2h: truncation grows as h^p, a bug does not
        bad = np.flatnonzero(viol)
        excess = np.abs(n[bad] - g[bad]) / (safety * err[bad])
        bad = bad[np.argsort(excess, kind="stable")][:MAX_RECHECK]
        st = np.zeros(n.size)
        st[bad] = 2 * hr[bad]
        n2 = numerical_gradient(obj, x, f0, method, step=st, index=bad).numerical
        measured = np.zeros(n.size)
        measured[bad] = measured_truncation(n[bad] - g[bad], n2 - g[bad], method)
        err = err + measured
        metrics, viol2 = compute_metrics(n, g, err, measured=measured, **kw)
        rechecked, cleared = int(bad.size), int(np.sum(viol & ~viol2))
        viol = viol2
    raw, checked = _kinks(obj, x, f0, s, n, g, viol, noise, safety)
    kinks = _label_kinks(blocks, raw)
    kink_idx = frozenset(k.index for k in kinks)
    real = viol.copy()
    real[list(kink_idx)] = False
    if kinks:
        kverdict = (f"{len(kinks)} entries sit on a kink (ReLU, abs, max): their one-sided "
                    "differences disagree and do not converge as h halves")
    else:
        kverdict = ("no kinks" if not checked else
                    f"{checked} failing entries probed, none on a kink")
    kr = KinkReport(checked, kinks, kverdict)
    breps = block_reports(blocks, n, g, err, viol, safety, kink_idx)
    pool = np.flatnonzero(viol) if viol.any() else np.arange(n.size)
    worst = worst_entries(blocks, pool, n, g, err, safety, kink_idx)
    factors = analyse_factors(blocks, n, g, err, real, safety)
    grad = NumericalGradient(method, n, g, err, hr)
    relations = _relations(factors, difference_relations(blocks, x, n, g, err, real, safety, constants)
                           if real.any() else ())
    return (FullCheck(grad, metrics, breps, worst, factors, kr, rechecked, cleared), real,
            viol, relations)


def _relations(factors, differences):
    """A constant factor first, then what numerical - analytic is; per-block or per-unit factors last."""
    fr = factor_relation(factors)
    if fr is not None and fr.kind == "factor":
        return (fr,)
    if differences:
        return differences
    return (fr,) if fr is not None else ()


def _relation_verdict(relations):
    """``FAIL: title: meaning`` of the difference relations (None when there are none)."""
    diff = [r for r in relations if r.kind in ("multiple-of-x", "constant", "bias-only")]
    if not diff:
        return None
    if len(diff) == 1:
        return f"FAIL: {diff[0].title}: {diff[0].meaning}"
    return "FAIL: " + "; ".join(r.title for r in diff)


def _full_verdict(full, status, method, rule, n_params, dtype_name, relations=()):
    ng = full.metrics[0]
    if status == "pass":
        return (f"PASS: the gradient agrees with {method} differences at all {n_params} entries "
                f"(Ng's relative difference {ng.value:.1e}, threshold {ng.threshold:.1e}; "
                f"{dtype_name}, h = {rule})")
    if status == "kink":
        return (f"PASS except at kinks: {len(full.kinks.kinks)} entries sit on a kink "
                "(ReLU, abs, max) where one-sided differences disagree; everywhere else the "
                "gradient agrees")
    if full.factors.kind == "constant":
        return f"FAIL: {full.factors.verdict.split(':')[0]}"
    named = _relation_verdict(relations)
    if named:
        return named
    if full.factors.kind == "per_row":
        return f"FAIL: {full.factors.verdict.split(':')[0]}"
    if full.factors.kind == "per_block":
        return f"FAIL: {full.factors.verdict}"
    kinks = len(full.kinks.kinks)
    bad = full.metrics[1].violations - kinks
    w = next((e for e in full.worst if not e.kink), full.worst[0])
    also = f" (and {kinks} kinks)" if kinks else ""
    return (f"FAIL: the gradient disagrees with {method} differences at {bad} / "
            f"{n_params} entries{also}; worst {w.label}: numerical {w.numerical:.6e}, analytic "
            f"{w.analytic:.6e}")


def _fast_verdict(fast, status, total, relations=()):
    cost = f"{total} cost evaluations in all; a full check needs {fast.full_equivalent:,}"
    named = _relation_verdict(relations) if status == "fail" else None
    if named:
        return f"{named} ({cost})"
    if status == "pass":
        names = ", ".join(b.name for b in fast.blocks)
        return f"PASS: directional checks agree on every block ({names}; {cost})"
    if status == "kink":
        return f"PASS except at kinks: {len(fast.kinks)} localised entries sit on a kink ({cost})"
    wrong = [w for w in fast.wrong if not w.kink]
    spread = [b for b in fast.blocks if b.localisation == "widespread"]
    if spread:
        ratios = ", ".join(f"{r:.3f}" for b in spread for r in b.ratios)
        return (f"FAIL: {', '.join(b.name for b in spread)} disagrees at many entries "
                f"(widespread; directional ratios {ratios}): run mode='full' for the per-entry "
                f"and per-unit tables ({cost})")
    if wrong:
        w = wrong[0]
        more = f" and {len(wrong) - 1} more" if len(wrong) > 1 else ""
        return (f"FAIL: localised {len(wrong)} wrong entr{'y' if len(wrong) == 1 else 'ies'}, "
                f"{w.label}{more}: numerical {w.numerical:.6e}, analytic {w.analytic:.6e} "
                f"({cost})")
    return (f"FAIL: a directional check fails on {', '.join(fast.unlocalised)} but no single "
            f"entry could be isolated ({cost}); run mode='full'")


def _where(name, where):
    if where == "bias column only":
        return [f"{name}: errors only in column 0 (bias): is the bias regularised (or not) by "
                "mistake? Such a bug shows only when lambda > 0"]
    if where == "non-bias columns only":
        return [f"{name}: errors only outside the bias column: a regularisation term "
                "(lambda/m * Theta) missing or wrong? Check with lambda = 0"]
    return []


def _diagnosis(full, fast, cs, descent, settings, relations=()):
    out = [r.text() for r in relations]
    named = {b for r in relations for b in r.blocks}
    if cs is not None and not cs.safe:
        out.append(f"complex step not used: the cost is not complex-safe ({cs.reason}); "
                   "fell back to central differences")
    if full is not None:
        if full.factors.kind != "none" and not relations:
            out.append(full.factors.verdict)
        for b in full.blocks:
            out.extend(_where(b.name, b.where) if b.name not in named else [])
        if full.cleared:
            out.append(f"{full.cleared} entries exceeded the modelled error at h but their "
                       "discrepancy grows as h^2 when re-measured at 2h: truncation (badly scaled "
                       "parameters or features), not a bug; a smaller step or scaled features "
                       "remove it")
        if full.kinks.kinks:
            out.append(full.kinks.verdict)
        ng = full.metrics[0]
        if ng.threshold >= 1:
            out.append("the gradient is at the finite-difference noise level (norm(n+g) is below "
                       f"{settings.safety:g}x the estimated error): relative metrics mean nothing "
                       "here (a stationary point?); entries are judged by absolute difference")
        if "course's" in ng.verdict:
            out.append(f"thresholds follow {settings.dtype} (eps {settings.eps:.2e}): "
                       + ng.verdict[ng.verdict.index("(") + 1:-1])
    if fast is not None:
        failing = [b for b in fast.blocks if not b.passed]
        ratios = [r for b in failing for r in b.ratios]
        if len(ratios) >= 2 and max(ratios) - min(ratios) <= 1e-3 * max(abs(r) for r in ratios):
            out.append(f"every failing directional check has ratio numerical/analytic "
                       f"{ratios[0]:.3f}: consistent with a constant factor over "
                       f"{', '.join(b.name for b in failing)}")
        for b in (b for b in failing if b.name not in named):
            split = {t.support.split(" ", 1)[1]: t.passed for t in fast.tests
                     if t.block == b.name and t.depth == 1 and " column" in t.support}
            if split.get("column 0 (bias)") is False and split.get("columns 1: (non-bias)"):
                out.extend(_where(b.name, "bias column only"))
            elif split.get("column 0 (bias)") and split.get("columns 1: (non-bias)") is False:
                out.extend(_where(b.name, "non-bias columns only"))
        for b in fast.blocks:
            out.append(f"{b.name} ({b.size} entries): directional check "
                       f"{'passes' if b.passed else 'fails'}; detects a single-entry error "
                       f"above {b.sensitivity:.1e}")
    if descent is not None and not descent.passed:
        out.append(descent.verdict)
    return tuple(out)


def _check_arguments(method, mode, directions, n_directions, max_wrong, safety, step) -> None:
    check_choice("method", method, METHODS)
    check_choice("mode", mode, ("auto", "full", "fast"))
    check_choice("directions", directions, ("rademacher", "gaussian"))
    check_positive("n_directions", n_directions, integer=True)
    check_positive("max_wrong", max_wrong, integer=True)
    check_positive("safety", safety)
    if step is not None:
        check_positive("step", step)


def _spread(fast) -> bool:
    """Worth fitting relations: a block failed widely, or at two or more localised entries (one entry is no pattern)."""
    wrong = [w for w in fast.wrong if not w.kink]
    return len(wrong) >= MIN_EXPLAINED or bool(fast.unlocalised) or any(
        b.localisation == "widespread" for b in fast.blocks)


def _fast_status(fast) -> str:
    """'pass' when every block passes; 'kink' when every failure sits on a kink; else 'fail'."""
    if all(b.passed for b in fast.blocks):
        return "pass"
    bad = [w for w in fast.wrong if not w.kink]
    if not bad and not fast.unlocalised and all(b.localisation != "widespread" for b in fast.blocks):
        return "kink"
    return "fail"


def check_gradient(fun, x0, *, grad=None, args=(), blocks=None, order="F", method="central",
                   step=None, dtype=None, mode="auto", directions="rademacher", n_directions=2,
                   seed=0, safety=DEFAULT_SAFETY, max_wrong=10, descent=True, progress=None,
                   constants=None):
    """Check an analytic gradient against finite differences of the cost, and explain the result.

    Parameters
    ----------
    fun : callable ``fun(x, *args)``
        Returns ``(J, grad)`` (the course's convention), or ``J`` if ``grad`` is given.
    x0 : array_like, shape (n,) or (n, 1)
        The point; ``fun`` receives fresh copies of this shape and dtype.
    grad : callable ``grad(x, *args)``, optional
        Separate gradient function, returning n values.
    args : tuple
        Extra arguments, e.g. ``(n_in, n_hidden, K, X, y, lambda_)``.
    blocks : sequence of (str, tuple of int), optional
        Named blocks in unrolling order, e.g. ``[("Theta1", (25, 401)), ("Theta2", (10, 26))]``.
    order : {'F', 'C'}
        How blocks are unrolled ('F': column-major, as ``[Theta1(:); Theta2(:)]``).
    method : {'central', 'forward', 'complex', 'richardson'}
        Full path only; 'complex' falls back to 'central' when the cost is not complex-safe.
    step : float, optional
        Relative step (times ``max(1, |x|)``); default from the dtype, see
        :func:`~portcheck.gradcheck.steps.relative_step`.
    dtype : dtype-like, optional
        Working precision; default the least precise of x0, J and grad (as scipy).
    mode : {'auto', 'full', 'fast'}
        'full': every entry (2N evaluations for central); 'fast': directional checks
        per block and bisection (O(k log N)); 'auto': full up to ``AUTO_FULL_MAX`` = 1000.
    directions : {'rademacher', 'gaussian'}
        Zero-mean random directions of the fast path.
    n_directions : int
        Directions per block at the top of the fast path; 2 by default so that two
        wrong entries cancelling in one Rademacher projection (probability 1/2) are
        caught by the other with probability 3/4.
    seed : int
        Seeds every random direction: the check is reproducible.
    safety : float
        Thresholds are ``safety`` x the estimated finite-difference error; 10 by
        default, one order of magnitude above an order-of-magnitude error model
        (Numerical Recipes section 5.7).
    max_wrong : int
        Fast path: stop bisecting a block when more than this many sets fail at one
        level (10: beyond that the error is not "a few entries", bisection would cost
        4 x max_wrong evaluations per level, and the full path's tables say more).
    descent : bool
        Run the descent check (one evaluation).
    progress : callable ``progress(done, total)``, optional
        Called after each cost evaluation; ``total`` is the plan so far.
    constants : mapping, optional
        Known constants of the cost, ``{"lambda": 3.0, "m": 5}``: a relation's factor is
        named with them ("lambda/m = 3/5 = 0.6").

    Returns
    -------
    GradientCheck
        ``.verdict`` (one line), ``.status`` ('pass', 'fail', 'kink',
        'nondeterministic', 'undefined' when the cost is not finite at x0), each
        stage's result and ``.relations`` (what numerical - analytic is, with a
        fix); ``.to_dict()`` for JSON.

    Notes
    -----
    Stages: determinism (a second evaluation at x0: a random cost is reported,
    not the gradient blamed); noise of f (ECnoise, Moré & Wild 2011), the base of
    every threshold; complex-safety probe (method='complex'); numerical
    gradient and metrics (full) or directional tests and bisection (fast);
    failing entries re-measured at 2h (a discrepancy that grows as h^p is
    truncation, one that stays is a bug: up to ``MAX_RECHECK`` = 200 entries);
    kinks among the entries still failing; relations of numerical - analytic
    (:mod:`portcheck.gradcheck.relations`: a multiple of x, a constant, bias
    entries only; on the fast path, when a block fails at two or more entries or
    widely, fitted along 3 Gaussian directions per failing block, 12 evaluations);
    descent along -grad.
    """
    _check_arguments(method, mode, directions, n_directions, max_wrong, safety, step)
    obj = Objective(fun, x0, grad=grad, args=args, dtype=dtype, progress=progress)
    if step is not None and method != "complex" and step < 4 * obj.eps:
        raise GradcheckUsageError(
            f"step={step!r} is below 4 eps of {obj.dtype.name} ({4 * obj.eps:.1e}): x + h rounds "
            f"to x; use step >= {4 * obj.eps:.1e} or leave it to the default "
            f"({relative_step(method, obj.dtype):.2e}).")
    blocks_t = parse_blocks(blocks, obj.n, order)
    x, f0, g = obj.x, obj.f0, obj.g0
    rng = np.random.default_rng(seed)
    mode = ("full" if obj.n <= AUTO_FULL_MAX else "fast") if mode == "auto" else mode
    if not math.isfinite(f0):
        return _undefined(obj, method, step, mode, safety, seed)
    det = check_determinism(obj, x, f0, g)
    used = method if mode == "full" else "central"
    cs = None
    noise = None
    if det.deterministic:
        noise = estimate_noise(obj, x, f0, g, rng, floor=det.cost_difference)
        if used == "complex":
            cs = probe_complex_safety(obj, x, f0, g, noise.noise, rng, safety,
                                      np.full(obj.n, noise.gradient_noise))
            used = "complex" if cs.safe else "central"

    def settings(m, user_step=step):
        rs = relative_step(m, obj.dtype) if user_step is None else float(user_step)
        h = rs * np.maximum(1.0, np.abs(x))
        return Settings(obj.dtype.name, obj.dtype_source, obj.eps, m, method,
                        step_rule_text(m, rs, user=user_step is not None), rs,
                        float(h.min()), float(h.max()), float(safety), mode, int(seed))

    if not det.deterministic:
        return GradientCheck(f"NOT JUDGED: {det.verdict}", "nondeterministic", settings(used),
                             det, noise, evaluations=obj.evaluations,
                             gradient_evaluations=obj.gradient_evaluations,
                             diagnosis=(det.verdict,))
    full = fast = None
    relations = ()
    gl = np.full(obj.n, noise.gradient_noise)
    if mode == "full":
        st = settings(used)
        h = st.relative_step * np.maximum(1.0, np.abs(x))
        try:
            full, real, viol, relations = _full(obj, x, f0, g, blocks_t, used, h, noise.noise, gl,
                                                safety, obj.dtype.name, constants)
        except ComplexUnsafe as exc:  # unsafe only away from the probe's direction
            cs = ComplexSafety(False, str(exc), math.nan, math.nan, math.nan)
            used, st = "central", settings("central", None)
            h = st.relative_step * np.maximum(1.0, np.abs(x))
            full, real, viol, relations = _full(obj, x, f0, g, blocks_t, used, h, noise.noise, gl,
                                                safety, obj.dtype.name, constants)
        status = "pass" if not viol.any() else ("kink" if not real.any() else "fail")
    else:
        fast = fast_check(obj, x, f0, g, blocks_t, noise.noise, gl, rng, safety=safety,
                          directions=directions, n_directions=n_directions, max_wrong=max_wrong)
        status = _fast_status(fast)
        if status == "fail" and _spread(fast):
            relations = directional_relations(obj, x, f0, g, blocks_t, fast, noise.noise, gl, rng,
                                              safety=safety, constants=constants)
        st = settings(used)
    dc = descent_check(obj, x, f0, g, noise.noise, safety) if descent else None
    verdict = (_full_verdict(full, status, used, st.step_rule, obj.n, obj.dtype.name, relations)
               if full is not None else _fast_verdict(fast, status, obj.evaluations, relations))
    return GradientCheck(verdict, status, st, det, noise, cs, full, fast, dc,
                         _diagnosis(full, fast, cs, dc, st, relations), obj.evaluations,
                         obj.gradient_evaluations, relations)


def _undefined(obj, method, step, mode, safety, seed):
    """The cost is not finite at the point: nothing to difference (an overflow, log(0))."""
    rs = relative_step(method, obj.dtype) if step is None else float(step)
    st = Settings(obj.dtype.name, obj.dtype_source, obj.eps, method, method,
                  step_rule_text(method, rs, user=step is not None), rs, math.nan, math.nan,
                  float(safety), mode, int(seed))
    why = (f"the cost is {obj.f0} at this point: finite differences need a finite cost "
           "(an overflow, log(0) of a saturated unit?)")
    det = DeterminismCheck(True, math.nan, math.nan, math.nan, "not checked: " + why)
    return GradientCheck(f"NOT JUDGED: {why}", "undefined", st, det, evaluations=obj.evaluations,
                         gradient_evaluations=obj.gradient_evaluations, diagnosis=(why,))
