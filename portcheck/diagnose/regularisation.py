"""Relations on the lambda-dependent part of a divergence (catalog P7).

The regularisation is isolated by re-running the port at lambda = 0 (and the
reference, in the diagnosis batch): ``R_port = J_port(lambda) - J_port(0)``.
The port's regularisation is then fitted, from port-only re-runs at random
parameters, as a combination of the atoms ``lambda/(2m) * sum(part**2)`` of
every block's weights and bias column. The reference's is checked to be
``1 x weights + 0 x bias`` on the real sets; the difference of the
coefficients names the mistake (a bias column included, a sign, a factor 2,
a missing term) and predicts the cost gap, which must equal the observed gap
to rounding on every set with lambda != 0. The gradient's regularisation
``lambda/m * Theta`` is fitted per block and part the same way.
"""
from __future__ import annotations

import numpy as np

from ..fitting import fit_factor
from ..formatting import location
from . import penalty
from .slices import absorb_empty_slices
from .finding import Finding
from .fixes import fix_for
from .wording import blocks_phrase, e, gap_text, plural, ratio_name

__all__ = ["analyse_regularisation"]

_NICE = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)


def _nice(c: float) -> float:
    for v in _NICE:
        if abs(c - v) <= 1e-6 * max(1.0, abs(v)):
            return v
    return float(c)


def _part_expr(block, part: str) -> str:
    if block.shape[0] == 1:  # a plain vector theta
        return f"{block.name}[1:]" if part == "weights" else f"{block.name}[0]"
    return f"{block.name}[:, 1:]" if part == "weights" else f"{block.name}[:, 0]"


def _coef(d: float) -> str:
    """d x lambda/(2m), spelt as people write it."""
    d = round(float(d), 9)
    if d == 2:
        return "(lambda/m)"
    if d == -2:
        return "-(lambda/m)"
    if d == 1:
        return "lambda/(2m)"
    if d == -1:
        return "-lambda/(2m)"
    return f"{ratio_name(d)}*lambda/(2m)"


class _CostFit:
    def __init__(self, state, c, labels, atoms, predicted, observed, ok):
        self.state, self.c, self.labels, self.atoms = state, c, labels, atoms
        self.predicted, self.observed, self.ok = predicted, observed, ok


def analyse_regularisation(eng) -> list[Finding]:
    """Findings for the regularisation gaps still open in ``eng.states``; marks what they explain."""
    p = eng.problem
    if p.roles.lam is None:
        return []
    found = penalty.lambda_used(eng)
    if p.roles.params is None:
        return found
    found += penalty.gradient_entries(eng)
    cost = _cost(eng)
    cost += [f for f in _cost_entries(eng) if not any(f.id == c.id for c in cost)]  # the sets the part-wise fit left
    grad = _gradient(eng)
    merged = []
    for f in cost:
        same = [x for x in grad if x.id == f.id]
        if same:
            x = same[0]
            grad.remove(x)
            f = Finding(f.id, f.status, f.title + " (J and grad)" if "gradient" not in f.title else f.title,
                        f.evidence[:-1] + "; " + x.evidence[0].lower() + x.evidence[1:],
                        location=f.location + "; " + x.location, fix=f.fix.split("   #")[0] + "; " + x.fix,
                        data={**f.data, "gradient": x.data})
        merged.append(f)
    return absorb_empty_slices(eng, found + merged + grad)


def _cost_entries(eng) -> list[Finding]:
    """J's penalty entry by entry on the sets the part-wise fit could not explain (:func:`penalty.cost_entries`)."""
    jkey = eng.cost_key
    if jkey is None:
        return []
    first = None
    for st in [st for st in eng.states if jkey in st.reg_open]:
        f = penalty.cost_entries(eng, st)
        if f is None or (first is not None and f.id != first.id):
            continue
        first = first or f
        st.reg_open.discard(jkey)
        st.explained.setdefault(jkey, []).append(f.id)
    return [first] if first is not None else []


# -- the cost ---------------------------------------------------------------------
def _cost(eng) -> list[Finding]:
    p = eng.problem
    ci = p.roles.cost
    if ci is None:
        return []
    jkey = eng.cost_key
    open_states = [st for st in eng.states if jkey in st.reg_open]
    if not open_states:
        return []
    fits = []
    for st in open_states:
        fit = _fit_cost(eng, st)
        if fit is not None:
            fits.append(fit)
    good = [f for f in fits if f.ok]
    if not good:
        return []
    base = good[0]
    blocks = p.blocks(base.state.s.input_set)
    ref_c = np.array([0.0 if lbl.endswith("bias") else 1.0 for lbl in base.labels])
    delta = np.array([_nice(x) for x in base.c - ref_c])
    if not np.any(delta):
        return []  # PORT's regularisation is right; the gap is elsewhere
    ident, title, fix = _classify_cost(eng, base, delta, blocks)
    fix = fix_for(eng, ident, output=eng.output_name(ci)) or fix
    for f in good:
        f.state.reg_open.discard(jkey)
        f.state.explained.setdefault(jkey, []).append(ident)
    term = _term(delta, base.labels, blocks)
    where = _where_cost(delta, base.labels, blocks)
    lam0 = [st.s.input_set.name for st in eng.states if st.lam == 0 and st.ran]
    zero = "; no gap at lambda=0" if lam0 else ""
    st = base.state
    jname = eng.output_name(p.roles.cost)
    more = f"; the same on {len(good) - 1} more set{'s' if len(good) > 2 else ''} with lambda != 0" if len(good) > 1 else ""
    evidence = (f"{jname}: {gap_text(st.gap_J, base.observed)} on '{st.s.input_set.name}' = {term} "
                f"to {e(abs(base.observed - base.predicted))}{more}{zero}.")
    data = {"coefficients": dict(zip(base.labels, [float(x) for x in base.c])),
            "expected": dict(zip(base.labels, [float(x) for x in ref_c])),
            "gaps": {f.state.s.input_set.name: {"observed": f.observed, "predicted": f.predicted} for f in good}}
    return [Finding(ident, "confirmed", title, evidence, location=where, fix=fix, data=data)]


def _fit_cost(eng, st):
    """Fit the port's regularisation on random parameters; None when it cannot be run."""
    p = eng.problem
    s = st.s.input_set
    lam = st.lam
    atoms, labels = p.reg_atoms(s)
    # the reference must be 1 x weights + 0 x bias on this set
    rr = st.ref_J - st.ref0_J
    model = float(sum(a for a, l in zip(atoms, labels) if l.endswith("weights")))
    if abs(rr - model) > eng.atol + 1e3 * eng.rtol * max(abs(rr), abs(st.ref_J)):
        return None
    rng = np.random.default_rng(11)
    theta0 = p.params(s)
    scale = max(float(np.std(theta0)), 0.1)
    rows, rhs = [], []
    thetas = [theta0] + [rng.normal(0.0, scale, theta0.size) for _ in range(len(atoms) + 3)]
    for k, th in enumerate(thetas):
        s_l = p.with_params(s, th, f"reg fit {k}")
        s_0 = p.with_lambda(s_l, 0.0)
        J1 = eng.port_cost(s_l)
        J0 = eng.port_cost(s_0)
        if J1 is None or J0 is None:
            return None
        a, _ = p.reg_atoms(s_l, lam=lam)
        rows.append(a)
        rhs.append(J1 - J0)
    A, b = np.array(rows), np.array(rhs)
    c, *_ = np.linalg.lstsq(A, b, rcond=None)
    resid = np.abs(A @ c - b)
    if np.any(resid > eng.atol + 1e3 * eng.rtol * np.maximum(np.abs(b), 1e-300) + 1e-12 * np.abs(A).sum(axis=1)):
        return None
    c = np.array([_nice(x) for x in c])
    ref_c = np.array([0.0 if l.endswith("bias") else 1.0 for l in labels])
    predicted = float((c - ref_c) @ atoms)
    observed = st.reg_gap_J
    ok = abs(predicted - observed) <= eng.atol + 1e3 * eng.rtol * max(abs(st.ref_J), abs(observed))
    return _CostFit(st, c, labels, atoms, predicted, observed, ok)


def _term(delta, labels, blocks) -> str:
    """The gap as a formula, e.g. ``(lambda/m)*sum(Theta2[:, 0]**2)``."""
    byname = {b.name: b for b in blocks}
    dev = [(round(float(d), 9), l) for d, l in zip(delta, labels) if d != 0]
    weights = [l for l in labels if l.endswith("weights")]
    wdev = {d for d, l in dev if l.endswith("weights")}
    if len(wdev) == 1 and all(l in [x for _, x in dev] for l in weights) and len(dev) == len(weights):
        d = wdev.pop()
        parts = " + ".join(f"sum({_part_expr(byname[l.split()[0]], 'weights')}**2)" for l in weights)
        return f"{_coef(d)}*({parts})" if len(weights) > 1 else f"{_coef(d)}*{parts}"
    terms = []
    for d, l in dev:
        name, part = l.split()
        terms.append(f"{_coef(d)}*sum({_part_expr(byname[name], part)}**2)")
    return " + ".join(terms).replace("+ -", "- ")


def _where_cost(delta, labels, blocks) -> str:
    byname = {b.name: b for b in blocks}
    parts = [l for d, l in zip(delta, labels) if d != 0]
    cols = []
    for l in parts:
        name, part = l.split()
        if part == "bias":  # the bias is written as a location: theta[0] (Octave theta(1)), Theta2[:, 0] (...(:,1))
            cols.append(location(name, (0,) if byname[name].shape[0] == 1 else (":", 0)))
        else:
            cols.append(_part_expr(byname[name], part))
    return "the regularisation term of J: " + blocks_phrase(cols)


def _classify_cost(eng, fit, delta, blocks):
    lam = eng.port_name(eng.problem.roles.lam)
    byname = {b.name: b for b in blocks}
    labels = fit.labels
    c = fit.c
    wl = [i for i, l in enumerate(labels) if l.endswith("weights")]
    bl = [i for i, l in enumerate(labels) if l.endswith("bias")]
    dev_w = [i for i in wl if delta[i] != 0]
    dev_b = [i for i in bl if delta[i] != 0]
    good_reg = " + ".join(f"np.sum({_part_expr(byname[labels[i].split()[0]], 'weights')} ** 2)" for i in wl)
    fix_reg = f"reg = {good_reg}   # column 0 (bias) excluded"
    if dev_b and not dev_w:
        names = [labels[i].split()[0] for i in dev_b]
        cb = {round(float(c[i]), 9) for i in dev_b}
        if len(names) == 1 and byname[names[0]].shape[0] == 1:
            who = f"{names[0]}[0] (the intercept)"
        else:
            who = f"{names[0]}'s bias column" if len(names) == 1 else f"the bias columns of {blocks_phrase(names)}"
        if cb == {1.0}:
            title = f"{who} regularised"
        elif cb == {2.0}:
            title = f"{who} added to the regularisation instead of subtracted"
        elif cb == {-1.0}:
            title = f"{who} subtracted from the regularisation"
        else:
            title = f"{who} in the regularisation"
        return "reg-bias", title, fix_reg
    if dev_w and len({round(float(c[i]), 9) for i in dev_w}) == 1:
        k = c[dev_w[0]]
        allw = len(dev_w) == len(wl)
        who = "" if allw else " of " + blocks_phrase([labels[i].split()[0] for i in dev_w])
        extra = " (bias columns included too)" if dev_b else ""
        if k == -1:
            return "reg-sign", f"regularisation{who} subtracted instead of added{extra}", f"J = J + {lam} / (2 * m) * reg   # plus, not minus"
        if k == 0:
            return "reg-missing", f"regularisation{who} missing from J{extra}", f"J = J + {lam} / (2 * m) * ({good_reg})"
        m = eng.problem.m(fit.state.s.input_set)
        wrong_m = ""
        if k == 2:
            what = "lambda/m instead of lambda/(2m)"
        elif k == 0.5:
            what = "lambda/(4m): divided by 2 twice"
        else:
            wrong_m = _wrong_m(eng, fit.state, k)
            what = f"scaled by {ratio_name(k, m)}" + wrong_m
        # m taken from another dimension of the data is the cause, the penalty's scale its consequence
        return "wrong-m" if wrong_m else "reg-scale", f"regularisation{who} {what}{extra}", \
            f"J = J + {lam} / (2 * m) * reg   # m = X.shape[0], the number of examples"
    return "reg-bias" if dev_b else "reg-scale", "regularisation terms weighted wrongly", fix_reg


def _wrong_m(eng, st, k) -> str:
    """`` (m taken as 3, not 5)`` when the factor is m / another dimension of the inputs (a size of an array input)."""
    m = eng.problem.m(st.s.input_set)
    if not m:
        return ""
    other = m / k
    dims = {d for v in st.s.input_set.values.values() if not callable(v) for d in np.shape(v)}
    if abs(other - round(other)) < 1e-9 and round(other) != m and round(other) >= 2 and int(round(other)) in dims:
        return f" (m taken as {int(round(other))}, not {m})"
    return ""


# -- the gradient -----------------------------------------------------------------
def _gradient(eng) -> list[Finding]:
    p = eng.problem
    if p.roles.grad is None:
        return []
    gi = p.roles.grad
    by_id = {}
    for st in eng.states:
        keys = [k for k in st.reg_open if k.startswith(eng.output_name(gi) + ":") or k == eng.output_name(gi)]
        if not keys or st.out is None or st.out0 is None:
            continue
        s = st.s.input_set
        gp = eng.flat(st.out, gi)
        gp0 = eng.flat(st.out0, gi)
        gr = np.asarray(st.ref[gi], dtype=float).ravel(order="F")
        gr0 = np.asarray(st.ref0[gi], dtype=float).ravel(order="F")
        if gp is None or gp0 is None:
            continue
        M = p.grad_reg_model(s)
        for key in keys:
            cell = st.cells[key]
            idx = np.asarray(cell.index)
            exp = 0.0 if cell.part == "bias" else 1.0
            # the reference must be exp x lambda/m x Theta on this cell
            if not np.allclose(gr[idx] - gr0[idx], exp * M[idx], rtol=1e-7, atol=1e-12):
                continue
            cp = _fit_vec(gp[idx] - gp0[idx], M[idx])
            if cp is None or cp == exp:
                continue
            kind = _grad_kind(cell.part, cp)
            if kind == "reg-scale" and cp not in (2, 0.5) and _wrong_m(eng, st, cp):  # m from another dimension
                kind = "wrong-m"
            by_id.setdefault(kind, []).append((st, key, cell, cp))
    findings = []
    gname = eng.output_name(gi)
    lam = eng.port_name(p.roles.lam)
    order = [b.name for b in p.blocks(eng.usable[0].input_set)]
    for ident, items in by_id.items():
        for st, key, cell, cp in items:
            st.reg_open.discard(key)
            st.explained.setdefault(key, []).append(ident)
        cells = sorted({(c.block, c.part) for _, _, c, _ in items}, key=lambda bp: (order.index(bp[0]) if bp[0] in order else 0, bp[1]))
        names = list(dict.fromkeys(b for b, _ in cells))
        blocks = blocks_phrase(names)
        sets = list(dict.fromkeys(s.s.input_set.name for s, *_ in items))
        cp = items[0][3]
        blk = names[0]
        bobj = next((b for b in p.blocks(eng.usable[0].input_set) if b.name == blk), None)
        vec = bobj is not None and bobj.shape[0] == 1
        # the fixing line: Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]  (or grad[1:] ... theta[1:])
        upd = (f"{gname}[1:] += {lam} / m * {blk}[1:]" if vec else f"{blk}_grad[:, 1:] += {lam} / m * {blk}[:, 1:]")
        bias_of = f"{blk}[0]" if vec else f"the bias columns of {blocks}"
        on = f"on {plural(len(sets), 'set')} with lambda != 0"
        if ident == "grad-reg-missing":
            title = f"regularisation missing from the gradient ({blocks})"
            ev = f"PORT's {gname} does not change with lambda in {blocks}'s weights (OCTAVE's grows by lambda/m*Theta), {on}"
            fix = upd + (f"   # and the same for {', '.join(names[1:])}" if len(names) > 1 else "")
        elif ident == "reg-bias":
            title = f"{blk}[0] (the intercept) regularised in the gradient" if vec else f"bias column regularised in the gradient ({blocks})"
            ev = f"{gname} differs only in {bias_of}, by exactly lambda/m times the bias weights, {on}"
            fix = upd + "   # the bias (entry/column 0) is not regularised"
        elif ident == "reg-sign":
            title = f"gradient regularisation subtracted instead of added ({blocks})"
            ev = f"the lambda-dependent part of PORT's {gname} is -lambda/m*Theta (OCTAVE's +lambda/m*Theta) in {blocks}, {on}"
            fix = upd
        else:
            title = f"gradient regularisation scaled by {ratio_name(cp)} ({blocks})" + \
                (_wrong_m(eng, items[0][0], cp) if ident == "wrong-m" else "")
            factor = "lambda/(2m)" if cp == 0.5 else f"{ratio_name(cp)} x lambda/m"
            ev = f"the lambda-dependent part of PORT's {gname} is {factor}*Theta, OCTAVE's lambda/m*Theta, in {blocks}, {on}"
            fix = upd + f"   # lambda/m, not {factor}"
        where = f"{gname}: " + blocks_phrase([f"{b} {part}" for b, part in cells])
        fix = fix_for(eng, ident, output=gname, blocks=names) or fix
        findings.append(Finding(ident, "confirmed", title, ev + ".", location=where, fix=fix,
                                data={"coefficient": cp, "cells": sorted({k for _, k, _, _ in items}), "sets": sets}))
    return findings


def _grad_kind(part: str, cp: float) -> str:
    if part == "bias":
        return "reg-bias"
    if cp == 0:
        return "grad-reg-missing"
    if cp == -1:
        return "reg-sign"
    return "reg-scale"


def _fit_vec(b, a):
    """The coefficient c of ``b = c * a`` (0 included: a term missing), rounded to a nice value; None if none fits."""
    a = np.asarray(a, dtype=float).ravel()
    c, fits = fit_factor(b, a, lambda c: 1e-12 + 1e-7 * np.abs(c * a))
    return _nice(c) if fits else None
