"""The regularisation penalty, entry by entry: which lambda PORT uses, over which entries (catalog P7).

:mod:`.regularisation` fits the penalty as a combination of whole parts
(every block's weights and bias column). Real ports also get it wrong in ways
no such combination shows; each is a relation on the lambda-dependent part:

``lambda-ignored``
    PORT's output at lambda equals OCTAVE's at one fixed lambda whatever it is
    given (a notebook global ``lambda_ = 1`` read inside the function, a
    hard-coded 1): PORT - OCTAVE(lambda = 0) = c x the unit penalty, one c on
    every set. The reference's unit penalty comes from the diagnosis batch.
``reg-row0``, ``theta-slice``, ``reg-bias-constant``
    The gradient's lambda part, entry by entry, is ``c_e x lambda/m x Theta_e``
    with c_e in {0, 1}: the entries PORT regularises are not Octave's (row 0
    left out instead of column 0; ``theta[2:]`` for ``theta(2:end)``; index 1
    zeroed instead of 0), or the bias entries get a constant ``lambda/m``
    (``np.ones`` where ``np.zeros`` was meant).
``theta-slice``, ``reg-row0`` in J, ``lambda-squared``
    J's penalty, entry by entry: each entry of the parameters zeroed in turn
    (port-only re-runs at lambda and 0) gives its coefficient. A penalty that
    does not change with the parameters at all is lambda used in place of theta
    (``lambda*lambda`` for ``theta'*theta``).
"""
from __future__ import annotations

import numpy as np

from ..fitting import fit_factor
from ..formatting import location
from .finding import Finding
from .fixes import fix_for
from .wording import e, g, gap_text, plural, set_list

__all__ = ["lambda_used", "gradient_entries", "cost_entries", "describe_entries", "MAX_ENTRIES"]

#: Parameters zeroed one at a time for J's per-entry penalty (2 port calls each): larger cases are skipped.
MAX_ENTRIES = 150


def _nice(c: float, tol: float = 1e-6) -> float | None:
    for v in (0.0, 1.0, -1.0, 2.0, 0.5, 3.0, 4.0, -2.0):
        if abs(c - v) <= tol * max(1.0, abs(v)):
            return v
    return None


def _close(st, keys, ident, outputs=()):
    for k in list(st.data_open | st.reg_open):
        if k in keys or st.cells[k].output in outputs:
            st.data_open.discard(k)
            st.reg_open.discard(k)
            st.explained.setdefault(k, []).append(ident)


# -- lambda-ignored ---------------------------------------------------------------------------
def _unit(eng, st, oi):
    """OCTAVE's penalty at lambda = 1 for output ``oi`` on the set (flat), from its runs and the batch."""
    ref0 = eng.flat(st.ref0, oi)
    if ref0 is None:
        return None
    if st.lam:
        return (eng.flat(st.ref, oi) - ref0) / st.lam
    got = eng.refs.get(("lam1", st.name))
    if got is None or got[1] is None:
        return None
    return eng.flat(tuple(got[1]), oi) - ref0


def _used(eng, st, oi):
    """The lambda PORT's output ``oi`` behaves as on this set, or None when no single lambda fits."""
    unit = _unit(eng, st, oi)
    out = eng.flat(st.out, oi)
    ref0 = eng.flat(st.ref0, oi)
    if unit is None or out is None or ref0 is None or out.size != unit.size or not np.any(unit):
        return None
    scale = np.maximum(np.abs(ref0), np.abs(out))
    c, ok = fit_factor(out - ref0, unit, lambda c: eng.atol + 1e3 * eng.rtol * scale)
    return c if ok else None


def lambda_used(eng) -> list[Finding]:
    """``lambda-ignored``: PORT behaves as one fixed lambda on every set, whatever lambda it is given."""
    p = eng.problem
    r = p.roles
    if r.lam is None:
        return []
    out = []
    ran = [st for st in eng.states if st.ran and st.ref0 is not None]
    for oi in (r.cost, r.grad):
        if oi is None or not any(st.cells[k].output == oi for st in ran for k in st.data_open | st.reg_open):
            continue
        used = {}
        for st in ran:
            c = _used(eng, st, oi)
            if c is None:
                used = None
                break
            used[st.name] = (st.lam, c)
        if not used or len({lam for lam, _ in used.values()}) < 2:
            continue
        cs = [c for _, c in used.values()]
        c0 = cs[0]
        if any(abs(c - c0) > 1e-6 * max(1.0, abs(c0)) for c in cs) or abs(c0) < 1e-9:
            continue
        if all(abs(c0 - lam) <= 1e-6 * max(1.0, lam) for lam, _ in used.values()):
            continue
        for st in ran:
            _close(st, (), "lambda-ignored", outputs=(oi,))
        out.append(_lambda_finding(eng, oi, c0, used))
    return out


def _lambda_finding(eng, oi, c0, used) -> Finding:
    name = eng.output_name(oi)
    lam = eng.port_name(eng.problem.roles.lam)
    given = sorted({lam_ for lam_, _ in used.values()})
    shown = ", ".join(f"'{s}' (lambda={g(l_)})" for s, (l_, _) in list(used.items())[:3])
    ev = (f"PORT's {name} equals OCTAVE's at lambda = {g(c0, 6)} on every set, whatever lambda it is given "
          f"({shown}{' and more' if len(used) > 3 else ''}): PORT(lambda) - OCTAVE(lambda=0) = {g(c0, 6)} x the "
          f"penalty OCTAVE adds per unit of lambda, to rounding")
    return Finding("lambda-ignored", "confirmed", f"{name} uses lambda = {g(c0, 6)}, not the {lam} it is given", ev + ".",
                   location=f"the regularisation of {name}", fix=fix_for(eng, "lambda-ignored", output=name),
                   data={"output": name, "lambda_used": c0, "lambdas_given": given, "sets": list(used)})


# -- the gradient's penalty, entry by entry ----------------------------------------------------
def describe_entries(block, entries) -> str:
    """``theta[2:]``, ``Theta1[1:, :]``, ``theta[0] and theta[2:]``: an entry set as Python slices."""
    rows, cols = block.shape if len(block.shape) == 2 else (block.shape[0], 1)
    entries = sorted(int(k) for k in entries)
    if rows == 1 or cols == 1:
        return _runs_text(block.name, entries, rows * cols)
    grid = np.zeros((rows, cols), bool)
    for k in entries:
        grid[k % rows, k // rows] = True
    if grid.all():
        return f"{block.name} (every entry)"
    cols = [j for j in range(cols) if grid[:, j].all()]
    rows_ = [i for i in range(rows) if grid[i, :].all()]
    if cols and grid.sum() == len(cols) * rows:
        return _runs_text(block.name, cols, grid.shape[1]).replace(f"{block.name}[", f"{block.name}[:, ")
    if rows_ and grid.sum() == len(rows_) * grid.shape[1]:
        return _runs_text(block.name, rows_, rows).replace("]", ", :]")
    return f"{int(grid.sum())} of {grid.size} entries of {block.name}"


def _runs_text(name, entries, n) -> str:
    if not entries:
        return f"no entry of {name}"
    runs, start = [], entries[0]
    prev = start
    for k in entries[1:] + [None]:
        if k is not None and k == prev + 1:
            prev = k
            continue
        runs.append((start, prev))
        if k is not None:
            start = prev = k
    parts = []
    for a, b in runs:
        if b == n - 1 and b > a:
            parts.append(f"{name}[{a}:]")
        elif a == b:
            parts.append(location(name, (a,)))
        else:
            parts.append(f"{name}[{a}:{b + 1}]")
    return " and ".join(parts)


def _classify(block, port_set, octave_set) -> str:
    """``reg-row0``, ``reg-bias`` or ``theta-slice`` for the entries PORT regularises in one block."""
    rows = block.shape[0] if len(block.shape) == 2 else 1
    vector = rows == 1 or (len(block.shape) == 2 and block.shape[1] == 1)
    extra, missing = port_set - octave_set, octave_set - port_set
    if vector:
        return "reg-bias" if extra == {0} and not missing else "theta-slice"
    row0 = {k for k in range(block.size) if k % rows == 0}
    if port_set == set(range(block.size)) - row0:
        return "reg-row0"
    if not missing and all(k // rows == 0 for k in extra):
        return "reg-bias"
    return "theta-slice"


def gradient_entries(eng) -> list[Finding]:
    """The gradient's penalty entry by entry: reg-row0, theta-slice, reg-bias-constant (see the module docstring)."""
    p = eng.problem
    r = p.roles
    if r.grad is None or r.lam is None or r.params is None:
        return []
    gi = r.grad
    gname = eng.output_name(gi)
    found = {}
    for st in eng.states:
        keys = [k for k in st.reg_open if st.cells[k].output == gi]
        if not keys or st.out is None or st.out0 is None or not st.lam:
            continue
        D = eng.flat(st.out, gi) - eng.flat(st.out0, gi)
        M = p.grad_reg_model(st.s.input_set)
        ref_d = eng.flat(st.ref, gi) - eng.flat(st.ref0, gi)
        for b in p.blocks(st.s.input_set):
            res = _block_entries(eng, st, b, D, M, ref_d)
            if res is not None:
                found.setdefault(res[0], []).append((st, b, res[1], res[2]))
    out = []
    for ident, items in found.items():
        for st, b, _, _ in items:
            keys = {k for k in st.reg_open if st.cells[k].output == gi and st.cells[k].block == b.name}
            _close(st, keys, ident)
        out.append(_grad_entry_finding(eng, ident, items, gname))
    return out


def _block_entries(eng, st, b, D, M, ref_d):
    """(id, PORT's entry set, Octave's) for one block, or None when the block's penalty is right or unexplained."""
    d, mm, rd = D[b.offset:b.offset + b.size], M[b.offset:b.offset + b.size], ref_d[b.offset:b.offset + b.size]
    tol = eng.atol + 1e3 * eng.rtol * np.maximum(np.abs(d), np.abs(mm))
    if np.all(np.abs(d - rd) <= tol):
        return None
    octave = {k for k in range(b.size) if abs(rd[k]) > tol[k] or (abs(mm[k]) > tol[k] and abs(rd[k] - mm[k]) <= tol[k])}
    rows = b.shape[0] if len(b.shape) == 2 else 1
    bias = [k for k in range(b.size) if (k // rows == 0 if rows > 1 else k == 0)] if b.bias_column else []
    lam_m = st.lam / eng.problem.reg_m(st.s.input_set)
    if bias and np.all(np.abs(d[bias] - lam_m) <= tol[bias]) and np.all(np.abs(np.delete(d - rd, bias)) <= np.delete(tol, bias)) \
            and not np.allclose(mm[bias], lam_m):
        return "reg-bias-constant", set(bias), octave
    port = set()
    for k in range(b.size):
        if abs(mm[k]) <= 1e-300:
            if abs(d[k]) > tol[k]:
                return None
            if k in octave:
                port.add(k)
            continue
        c = _nice(d[k] / mm[k])
        if c not in (0.0, 1.0):
            return None
        if c == 1.0:
            port.add(k)
    if port == octave or not port:  # nothing regularised: grad-reg-missing, named part-wise
        return None
    kind = _classify(b, port, octave)
    if kind == "reg-bias":
        return None  # whole bias columns: the part-wise fit of regularisation.py names it
    if not (octave - port) and not (port - octave):
        return None
    return kind, port, octave


def _grad_entry_finding(eng, ident, items, gname) -> Finding:
    st, b, port, octave = items[0]
    sets = list(dict.fromkeys(s.name for s, *_ in items))
    on = f"on {plural(len(sets), 'set')} with lambda != 0 ({set_list(sets)})"
    if ident == "reg-bias-constant":
        ev = (f"the lambda-dependent part of PORT's {gname} is lambda/m = {g(st.lam / eng.problem.reg_m(st.s.input_set), 6)} "
              f"on every bias entry of {b.name}, whatever the bias weights (OCTAVE's is 0 there), {on}")
        title = f"a constant lambda/m added to {b.name}'s bias gradient"
        where = f"{gname}: {b.name} bias"
    else:
        p_txt, o_txt = describe_entries(b, port), describe_entries(b, octave)
        ev = (f"PORT's {gname} adds lambda/m*{b.name} on {p_txt}, OCTAVE's on {o_txt} "
              f"(each entry's lambda part is exactly 0 or lambda/m times the weight), {on}")
        title = ("regularisation left out of row 0 instead of column 0" if ident == "reg-row0"
                 else f"the gradient's penalty over the wrong entries: {p_txt}, not {o_txt}")
        where = f"{gname}: {b.name} entries {p_txt}"
    return Finding(ident, "confirmed", title, ev + ".", location=where,
                   fix=fix_for(eng, ident, block=b, port_set=port, octave_set=octave, output=gname),
                   data={"block": b.name, "port_entries": sorted(port), "octave_entries": sorted(octave), "sets": sets})


# -- J's penalty, entry by entry ------------------------------------------------------------------
def _penalty(eng, s, flat, lam):
    """PORT's J(lambda) - J(0) at parameters ``flat`` (2 port calls), or None."""
    p = eng.problem
    s1 = p.with_params(s, flat, "entry probe")
    j1, j0 = eng.port_cost(p.with_lambda(s1, lam)), eng.port_cost(p.with_lambda(s1, 0.0))
    return None if j1 is None or j0 is None else j1 - j0


def cost_entries(eng, st) -> Finding | None:
    """J's penalty on one set, entry by entry; a finding when it is a theta-slice, reg-row0 or lambda-squared."""
    p = eng.problem
    s = st.s.input_set
    theta = p.params(s)
    if not st.lam or theta.size > MAX_ENTRIES:
        return None
    m = p.reg_m(s)
    unit = st.lam / (2 * m)
    R0 = _penalty(eng, s, theta, st.lam)
    if R0 is None:
        return None
    rng = np.random.default_rng(5)
    other = _penalty(eng, s, rng.normal(0.0, max(float(np.std(theta)), 0.1), theta.size), st.lam)
    if other is not None and abs(other - R0) <= 1e-9 * max(1.0, abs(R0)) and abs(R0) > 1e-12:
        return _lambda_squared(eng, st, R0)
    coef = np.zeros(theta.size)
    for k in range(theta.size):
        t = theta.copy()
        t[k] = 0.0 if theta[k] != 0 else 1.0
        Rk = _penalty(eng, s, t, st.lam)
        if Rk is None:
            return None
        denom = unit * (theta[k] ** 2 - t[k] ** 2)
        c = _nice((R0 - Rk) / denom) if denom else None
        if c is None:
            return None
        coef[k] = c
    return _cost_entry_finding(eng, st, coef)


def _lambda_squared(eng, st, R0) -> Finding | None:
    lam, m = st.lam, eng.problem.reg_m(st.s.input_set)
    for text, v in (("lambda/(2m)*lambda**2", lam ** 3 / (2 * m)), ("lambda**2/(2m)", lam ** 2 / (2 * m)),
                    ("lambda/m*lambda**2", lam ** 3 / m), ("lambda**2/m", lam ** 2 / m), ("lambda/(2m)", lam / (2 * m))):
        if abs(R0 - v) <= 1e-9 * max(1.0, abs(v)):
            jname = eng.output_name(eng.problem.roles.cost)
            ev = (f"PORT's penalty J(lambda) - J(0) = {g(R0, 6)} on '{st.name}' is the same at random parameters: it does "
                  f"not depend on {eng.port_name(eng.problem.roles.params)}; it equals {text} = {g(v, 6)} (lambda={g(lam)}, m={m})")
            return Finding("lambda-squared", "confirmed", "lambda used in place of the parameters in the penalty", ev + ".",
                           location=f"the regularisation term of {jname}", fix=fix_for(eng, "lambda-squared"),
                           data={"penalty": R0, "formula": text, "set": st.name})
    return None


def _cost_entry_finding(eng, st, coef) -> Finding | None:
    p = eng.problem
    s = st.s.input_set
    for b in p.blocks(s):
        c = coef[b.offset:b.offset + b.size]
        if not set(np.unique(c)) <= {0.0, 1.0}:
            return None
    findings = []
    for b in p.blocks(s):
        c = coef[b.offset:b.offset + b.size]
        port = {k for k in range(b.size) if c[k] == 1.0}
        rows = b.shape[0] if len(b.shape) == 2 else 1
        octave = {k for k in range(b.size) if not b.bias_column or (k // rows != 0 if rows > 1 else k != 0)}
        if port != octave:
            findings.append((b, port, octave, _classify(b, port, octave)))
    if not findings:
        return None
    b, port, octave, ident = findings[0]
    jname = eng.output_name(p.roles.cost)
    p_txt, o_txt = describe_entries(b, port), describe_entries(b, octave)
    ev = (f"{jname}: each entry of {eng.port_name(p.roles.params)} zeroed in turn (port-only re-runs at lambda={g(st.lam)} "
          f"and 0 on '{st.name}') shows PORT's penalty sums {p_txt}**2, OCTAVE's {o_txt}**2; "
          f"{gap_text(st.gap_J, st.reg_gap_J)} on that set")
    title = ("J's regularisation leaves out row 0 instead of column 0" if ident == "reg-row0"
             else f"J's penalty over the wrong entries: {p_txt}, not {o_txt}")
    return Finding(ident, "confirmed", title, ev + ".", location=f"the regularisation term of {jname}: {p_txt}",
                   fix=fix_for(eng, ident, block=b, port_set=port, octave_set=octave, output=jname),
                   data={"block": b.name, "port_entries": sorted(port), "octave_entries": sorted(octave), "set": st.name,
                         "gap": st.reg_gap_J, "coefficients": coef.tolist(), "max_err": e(0.0)})
