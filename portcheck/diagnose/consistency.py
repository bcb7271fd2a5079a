"""Self-consistency: is each side's gradient the derivative of its own cost?

Directional central differences ``(J(theta + h d) - J(theta - h d)) / (2h)``
against ``grad . d`` along one random direction per gradient cell (Theta1
bias, Theta1 weights, ...) and one over all parameters. This separates "the
cost is wrong (and the gradient follows it)" from "the gradient is wrong" and
says in which block. The reference's differences are evaluated in the
diagnosis batch (no extra Octave round trip).

Notes
-----
``h = eps**(1/3) * max(1, max|theta|)`` (about 6e-6): the central difference
has truncation error ``O(h**2)`` and rounding error ``O(eps |J| / h)``, both
near 1e-10 relative here (Numerical Recipes, 3rd ed., section 5.7). A wrong
gradient is off by 1e-2 relative or more, so the threshold is 1e-5.
"""
from __future__ import annotations

import numpy as np

from .finding import Finding
from .wording import e

__all__ = ["plan", "self_consistency", "THRESHOLD"]

THRESHOLD = 1e-5
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
    cells = [c for c in eng.cells_of(s.input_set, s.reference.outputs) if c.output == p.roles.grad]
    rng = np.random.default_rng(5)
    dirs = []
    for c in cells:
        d = np.zeros(theta.size)
        idx = np.asarray(c.index, dtype=int)
        d[idx] = rng.normal(size=idx.size)
        dirs.append((c.label, d / np.linalg.norm(d)))
    d = rng.normal(size=theta.size)
    dirs.append(("all parameters", d / np.linalg.norm(d)))
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, float(np.max(np.abs(theta))))
    eng.sc_plan = (s, dirs, h)
    X = p.roles.X
    if X is not None and np.size(s.input_set.values[X]) > _MAX_X_ENTRIES:
        return []  # the port's side is still checked; OCTAVE's is left out
    out = []
    for i, (_, d) in enumerate(dirs):
        for sign in (1, -1):
            out.append((("sc", i, sign), p.with_params(s.input_set, theta + sign * h * d, f"direction {i} {sign:+d}h")))
    return out


def _rel(num, ana):
    scale = max(abs(num), abs(ana), 1e-12)
    return abs(num - ana) / scale


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
    if gp is None or gr is None or gp.size != gr.size:
        return None
    theta = p.params(s.input_set)
    port_err, ref_err = [], []
    for i, (label, d) in enumerate(dirs):
        jp = eng.port_cost(p.with_params(s.input_set, theta + h * d, "sc+"))
        jm = eng.port_cost(p.with_params(s.input_set, theta - h * d, "sc-"))
        if jp is None or jm is None:
            return None
        port_err.append((label, _rel((jp - jm) / (2 * h), float(gp @ d))))
        a = eng.refs.get(("sc", i, 1))
        b = eng.refs.get(("sc", i, -1))
        if a and b and a[1] is not None and b[1] is not None:
            ci = p.roles.cost
            ja = float(np.asarray(a[1][ci]).reshape(-1)[0])
            jb = float(np.asarray(b[1][ci]).reshape(-1)[0])
            ref_err.append((label, _rel((ja - jb) / (2 * h), float(gr @ d))))
    bad = [(l, x) for l, x in port_err[:-1] if x > THRESHOLD]
    worst_p = max(x for _, x in port_err)
    worst_r = max((x for _, x in ref_err), default=None)
    jname = eng.output_name(p.roles.cost)
    gname = eng.output_name(p.roles.grad)
    j_ok = st.res.get(eng.cost_key) is not None and st.res[eng.cost_key].match
    g_ok = all(r.match for r in st.res.values() if r.cell.output == p.roles.grad)
    consistent = worst_p <= THRESHOLD
    where = f", in {', '.join(l for l, _ in bad)}" if bad else ""
    if j_ok and g_ok:
        verdict = f"both agree with OCTAVE here"
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
    evidence = (f"PORT's {gname} vs central differences of PORT's {jname} along {len(dirs)} directions: "
                f"worst rel {e(worst_p)}{ref_txt}: {verdict}.")
    return Finding("self-consistency", "noted", "self-consistency", evidence,
                   location="",
                   input_set=s.input_set.name,
                   data={"verdict": verdict, "port_worst": worst_p, "octave_worst": worst_r, "port": dict(port_err), "octave": dict(ref_err), "step": h, "cost_matches": j_ok,
                         "gradient_consistent": consistent})
