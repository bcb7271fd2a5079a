"""Self-consistency: is each side's gradient the derivative of its own cost?

Directional central differences ``(J(theta + h d) - J(theta - h d)) / (2h)``
against ``grad . d`` along one random direction per gradient cell (Theta1
bias, Theta1 weights, ...) and one over all parameters. This separates "the
cost is wrong (and the gradient follows it)" from "the gradient is wrong" and
says in which block. The reference's differences are evaluated in the
diagnosis batch (no extra Octave round trip).

Notes
-----
``h = eps**(1/3) * max(1, max|theta|)`` (about 6e-6), the step rule of the
gradient check (Numerical Recipes, 3rd ed., section 5.7). Each direction is
differenced at h and 2h and judged by the gradient check's core
(:func:`portcheck.gradcheck.core.directional_difference`): consistent when
``|numerical - analytic|`` is within 10 times the estimated error -- rounding at
one ulp of the costs, modelled truncation, and the truncation measured between
h and 2h. The worst relative difference is reported with it.
"""
from __future__ import annotations

import numpy as np

from ..gradcheck.core import directional_difference
from ..gradcheck.points import consistency_at_points
from ..gradcheck.steps import relative_step
from .finding import Finding
from .wording import e

__all__ = ["plan", "self_consistency", "STEPS"]

#: Multiples of h each direction is evaluated at: +-h for the difference, +-2h to measure its truncation.
STEPS = (1, -1, 2, -2)
_MAX_X_ENTRIES = 100_000  # beyond this, pushing 2 x (cells + 1) copies of X to Octave costs seconds


def _pick(eng):
    p = eng.problem
    r = p.roles
    if r.params is None or r.grad is None or r.cost is None:
        return None
    best = None
    for s in eng.usable:
        m = p.m(s.input_set) or 0
        score = (bool(p.lam(s.input_set)), m > 1, not p.absent_labels(s.input_set))
        if best is None or score > best[0]:
            best = (score, s)
    return best[1] if best else None


def plan(eng) -> list:
    """The reference evaluations self-consistency needs: ((key), InputSet) pairs."""
    s = _pick(eng)
    eng.sc_plan = None
    if s is None:
        return []
    p = eng.problem
    theta = p.params(s.input_set)
    names = list(eng.ctx.output_names)
    if p.roles.grad in names and np.size(s.reference.outputs[names.index(p.roles.grad)]) != np.size(theta):
        return []  # the "gradient" is not laid out like the parameters: no directional check to make
    cells = [c for c in eng.cells_of(s.input_set, s.reference.outputs) if c.output == p.roles.grad]
    rng = np.random.default_rng(5)
    dirs = []
    for c in cells:
        d = np.zeros(theta.size)
        idx = np.asarray(c.index, dtype=int)
        if idx.size == 0 or idx.max() >= theta.size:  # a "gradient" not laid out like the parameters: no direction
            continue
        d[idx] = rng.normal(size=idx.size)
        dirs.append((c.label, d / np.linalg.norm(d)))
    d = rng.normal(size=theta.size)
    dirs.append(("all parameters", d / np.linalg.norm(d)))
    h = relative_step("central") * max(1.0, float(np.max(np.abs(theta))))
    eng.sc_plan = (s, dirs, h)
    X = p.roles.X
    if X is not None and np.size(s.input_set.values[X]) > _MAX_X_ENTRIES:
        return []  # the port's side is still checked; OCTAVE's is left out
    out = []
    for i, (_, d) in enumerate(dirs):
        for k in STEPS:
            out.append((("sc", i, k), p.with_params(s.input_set, theta + k * h * d, f"direction {i} {k:+d}h")))
    return out


class _Judged:
    """One direction: the core's verdict and the relative difference the evidence quotes."""

    def __init__(self, diff):
        self.passed = diff.passed
        self.rel = diff.difference / max(abs(diff.numerical), abs(diff.analytic), 1e-12)


def _judge(costs, outputs, cost_index, analytic, h) -> _Judged:
    """``costs`` at +h, -h, +2h, -2h along a direction against ``analytic`` (``g . d``)."""
    f0 = float(np.asarray(outputs[cost_index], dtype=float).reshape(-1)[0])
    jp, jm, jp2, jm2 = costs
    return _Judged(directional_difference(jp, jm, f0, analytic, h, eps=float(np.finfo(float).eps),
                                          f_plus2=jp2, f_minus2=jm2))


def self_consistency(eng) -> Finding | None:
    """A ``noted`` finding with both sides' agreement, or None when it cannot be computed."""
    pl = getattr(eng, "sc_plan", None)
    if not pl:
        return None
    s, dirs, h = pl
    p = eng.problem
    st = next((x for x in eng.states if x.name == s.input_set.name), None)
    if st is None or st.out is None:
        return None
    gp = eng.flat(st.out, p.roles.grad)
    gr = eng.flat(st.ref, p.roles.grad)
    theta = p.params(s.input_set)
    if gp is None or gr is None or gp.size != gr.size or gp.size != np.size(theta):
        return None
    port_err, ref_err = [], []
    for i, (label, d) in enumerate(dirs):
        js = [eng.port_cost(p.with_params(s.input_set, theta + k * h * d, f"sc{k:+d}")) for k in STEPS]
        if any(j is None for j in js):
            return None
        port_err.append((label, _judge(js, st.out, p.roles.cost, float(gp @ d), h)))
        got = [eng.refs.get(("sc", i, k)) for k in STEPS]
        if all(r and r[1] is not None for r in got):
            refs = [float(np.asarray(r[1][p.roles.cost]).reshape(-1)[0]) for r in got]
            ref_err.append((label, _judge(refs, st.ref, p.roles.cost, float(gr @ d), h)))
    bad = [(l, x) for l, x in port_err[:-1] if not x.passed]
    worst_p = max(x.rel for _, x in port_err)
    worst_r = max((x.rel for _, x in ref_err), default=None)
    jname = eng.output_name(p.roles.cost)
    gname = eng.output_name(p.roles.grad)
    j_ok = st.res.get(eng.cost_key) is not None and st.res[eng.cost_key].match
    g_ok = all(r.match for r in st.res.values() if r.cell.output == p.roles.grad)
    consistent = all(x.passed for _, x in port_err)
    points = at_points(eng, s) if consistent and not (j_ok and g_ok) else None  # gradpoints hook, see at_points
    wrong_away = points is not None and points.status == "fail"   # random costs, infinities: not judged, not blamed
    consistent = consistent and not wrong_away
    where = f", in {', '.join(l for l, _ in bad)}" if bad else ""
    if j_ok and g_ok:
        verdict = "both agree with OCTAVE here"
    elif j_ok:
        verdict = (f"{jname} agrees with OCTAVE and {gname} is wrong{where}" if not consistent
                   else f"{gname} is the derivative of PORT's {jname}, which agrees with OCTAVE here")
    elif g_ok:
        verdict = f"{gname} agrees with OCTAVE and {jname} is wrong (so {gname} is not the derivative of PORT's {jname})"
    elif consistent:
        verdict = f"{gname} is the derivative of PORT's {jname}: the cost is wrong and {gname} follows it"
    else:
        verdict = f"{jname} and {gname} are both wrong, independently ({gname} is not the derivative of PORT's {jname})"
    ref_txt = f"; OCTAVE's {e(worst_r)}" if worst_r is not None else ""
    if wrong_away:
        verdict += f"; at several points: {points.verdict}"
    evidence = (f"PORT's {gname} vs central differences of PORT's {jname} along {len(dirs)} directions: "
                f"worst rel {e(worst_p)}{ref_txt}: {verdict}.")
    return Finding("self-consistency", "noted", "self-consistency", evidence,
                   location="",
                   input_set=s.input_set.name,
                   data={"verdict": verdict, "port_worst": worst_p, "octave_worst": worst_r,
                         "port": {l: x.rel for l, x in port_err}, "octave": {l: x.rel for l, x in ref_err}, "step": h,
                         "cost_matches": j_ok, "gradient_consistent": consistent,
                         "points": None if points is None else points.verdict})


# -- The same question at several points (hook of branch gradpoints, issue 16) -----------------------------
class _NoGradient(Exception):
    """The port returned no usable cost and gradient at a point."""


def at_points(eng, s):
    """PORT's gradient against its own cost at the chosen point and at random points of scale 1 and 3.

    A gradient that agrees with the cost's differences only at the given point
    (a derivative right only near zero) is not "the derivative of PORT's cost":
    :func:`portcheck.gradcheck.points.consistency_at_points` (fast path, about 10
    port calls a point when it agrees). Run only when the one-point check found
    the gradient consistent. None when the port gives no cost and gradient.
    """
    p = eng.problem

    def fun(x):
        _, outs = eng.port_outputs(p.with_params(s.input_set, x, "points"))
        J, g = eng.flat(outs, p.roles.cost), eng.flat(outs, p.roles.grad)
        if J is None or g is None or J.size != 1 or g.size != x.size:
            raise _NoGradient
        return float(J[0]), g

    blocks = [(b.name, b.shape) for b in p.blocks(s.input_set)] or None
    try:
        return consistency_at_points(fun, p.params(s.input_set), blocks=blocks)
    except (_NoGradient, ValueError):  # no outputs, or blocks that do not cover the parameters
        return None
