"""Relations on the lambda = 0 part of a divergence, and the localisation of what is left.

:func:`data_findings`
tests, on the cells still open, in this order: single precision; raises or
differences confined to sets where a label is absent (one-hot from the data)
or to m = 1; a constant factor (m: a missing 1/m); a factor per hidden unit
(a wrong activation derivative); a difference confined to one block; and,
for outputs without known roles, transpose / memory order / offset / outer
broadcast and the rest of the generic layer (:data:`OUTPUT_RELATIONS`, from
:mod:`portcheck.diagnose.generic`). Whatever is left is localised by
:mod:`portcheck.diagnose.unexplained`.
"""
from __future__ import annotations

import numpy as np

from .cells import close_cell, proportional
from .finding import Finding
from .fixes import fix_for
from .generic import OUTPUT_RELATIONS, relate as relate_generic
from .generic.causes import sizes_of
from .generic.joint_orders import with_joint_orders
from .label_sets import label_set_findings
from .shape_gaps import bias_count, reduced, reduced_input, reordered_shifted, skipped_first
from .unexplained import locate
from .wording import blocks_phrase, e, g, plural, ratio_name, set_list

__all__ = ["precision", "data_findings", "relate", "OUTPUT_RELATIONS"]


# -- relations on the data term -------------------------------------------------------
def _open(eng):
    return [(st, k) for st in eng.states if st.ran for k in sorted(st.data_open)]


_close = close_cell


def data_findings(eng) -> list[Finding]:
    out = []
    for stage in (label_set_findings, _constant_factor, _per_unit, _block_local, _generic):
        try:
            out += stage(eng)
        except (ValueError, TypeError, IndexError, FloatingPointError, np.linalg.LinAlgError):
            continue
    return out


def precision(eng) -> list[Finding]:
    """Single precision: every open difference tiny (run before the exact relations, which it defeats)."""
    cells = [(st, k) for st in eng.states if st.ran for k in st.data_open | st.reg_open]
    if not cells:
        return []
    worst = 0.0
    for st, k in cells:  # normwise: the difference against the output's largest entry
        c = st.cells[k]
        ar = eng.flat(st.ref, c.output)
        scale = float(np.max(np.abs(ar))) if ar is not None and ar.size else 0.0
        worst = max(worst, st.res[k].max_abs / scale if scale else np.inf)
    if not 0.0 < worst < 1e-5:  # 0: nothing numeric left to explain (a wrong type, a missing output)
        return []
    f32 = any(np.asarray(o).dtype == np.float32 for st in eng.states if st.ran for o in st.out
              if isinstance(o, (np.ndarray, np.generic)))
    for st, k in cells:
        st.data_open.discard(k)
        st.reg_open.discard(k)
    status = "confirmed" if f32 else "consistent"
    why = "PORT returns float32 values" if f32 else "float32 arithmetic, or an epsilon added inside log()"
    title = "single precision" if f32 else "differences at single-precision level"
    return [Finding("precision", status, title, (
        f"every remaining difference is below 1e-5 of its output's largest entry (max {e(worst)}), float32 rounding "
        f"(eps 1.2e-07) accumulated, not a formula mistake; {why}."),
        location=", ".join(dict.fromkeys(st.res[k].cell.name for st, k in cells)),
        fix="X = np.asarray(X, dtype=np.float64)   # compute in double precision, as Octave does",
        data={"max_rel": worst, "float32": f32})]


def _constant_factor(eng) -> list[Finding]:
    """Outputs whose lambda = 0 part is OCTAVE's times one factor on every set: m, m/n, a ddof ratio, 2, -1..."""
    found = _factor_groups(eng)
    out = []
    for (ident, _), groups in found.items():
        for group in groups:
            for st, k in group[1]:
                _close(st, k, ident)
        out.append(_FACTOR_FINDINGS[ident](eng, groups))
    return out


def _factor_groups(eng) -> dict:
    """``{(finding id, factor): [(output name, cells, ratios[, ddof name]), ...]}`` for the open cells."""
    p = eng.problem
    groups = {}
    for st, k in _open(eng):
        groups.setdefault(st.cells[k].name, []).append((st, k))
    found = {}
    for name, items in groups.items():
        ratios = []
        for st, k in items:
            r0 = st.res0.get(k)
            ratios.append(r0.ratio if r0 is not None and r0.status == "differ" else None)
        if any(c is None for c in ratios):
            continue
        ms = [p.m(st.s.input_set) for st, _ in items]
        vector = any(st.cells[k].size > 1 for st, k in items)
        corroborated = vector or len({st.name for st, _ in items}) >= 2  # an arbitrary factor on one scalar proves nothing
        ddof = [_ddof_name(c, mm) for c, mm in zip(ratios, ms)]
        ns = _divisor(eng, items, ratios, ms)
        if all(mm and mm > 1 and abs(c - mm) <= 1e-8 * mm for c, mm in zip(ratios, ms)):
            found.setdefault(("missing-1-over-m", None), []).append((name, items, ratios))
        elif ns is not None:
            found.setdefault(("wrong-m", None), []).append((name, items, ratios))
        elif corroborated and all(ddof) and len(set(ddof)) == 1:
            found.setdefault(("std-ddof", None), []).append((name, items, ratios, ddof[0]))
        elif corroborated and all(abs(c - ratios[0]) <= 1e-8 * abs(ratios[0]) for c in ratios) and _clean(ratios[0]):
            found.setdefault(("constant-factor", round(ratios[0], 10)), []).append((name, items, ratios))
        elif corroborated and _divisor(eng, items, ratios, ms, also_m=True) is not None:  # 1/2 is a constant, not m*2
            found.setdefault(("wrong-m", None), []).append((name, items, ratios))
    return found


def _factor_where(groups) -> tuple[list[str], list[str], str]:
    """(output names, set names, where) of a group of factor cells."""
    names = [g_[0] for g_ in groups]
    sets = list(dict.fromkeys(st.name for g_ in groups for st, _ in g_[1]))
    blocks = sorted({st.cells[k].block for g_ in groups for st, k in g_[1] if st.cells[k].block})
    return names, sets, blocks_phrase(names) + (f" ({blocks_phrase(blocks)})" if blocks else "")


def _dimensions(eng, st) -> dict:
    """Sizes of the set other than m: X's columns, the sizes and counts, the number of labels."""
    p = eng.problem
    out = {}
    X = p.roles.X
    if X is not None:
        out[f"n = {eng.port_name(X)}.shape[1], the number of features"] = int(np.shape(st.s.input_set.values[X])[1])
    if p.roles.labels is not None and p.K(st.s.input_set):
        out[f"K = {eng.port_name(p.roles.num_labels) or 'num_labels'}, the number of classes"] = p.K(st.s.input_set)
    for n in p.roles.sizes:
        v = float(np.asarray(st.s.input_set.values[n]).reshape(-1)[0])
        out.setdefault(f"{eng.port_name(n)}", int(v))
    return out


def _divisor(eng, items, ratios, ms, also_m: bool = False):
    """The dimension d with every ratio = m/d (PORT divides by d where Octave divides by m), or None.

    ``also_m``: the dimension d with every ratio = 1/d instead (PORT divides by
    m*d: a mean over every entry of an (m, d) matrix, ``np.mean`` of the m x K
    loss where Octave sums over the classes and divides by m).
    """
    dims = [_dimensions(eng, st) for st, _ in items]
    for key in dims[0] if dims else ():
        if all(key in d and mm and d[key] and d[key] != (1 if also_m else mm)
               and abs(c - (1 if also_m else mm) / d[key]) <= 1e-8 * abs(c)
               for d, c, mm in zip(dims, ratios, ms)):
            return key
    return None


def _wrong_m_finding(eng, groups) -> Finding:
    names, sets, where = _factor_where(groups)
    st0 = groups[0][1][0][0]
    items = [x for g_ in groups for x in g_[1]]
    ratios = [r for g_ in groups for r in g_[2]]
    ms = [eng.problem.m(st.s.input_set) for st, _ in items]
    key = _divisor(eng, items, ratios, ms)
    both = key is None  # PORT divides by m * d: a mean over every entry
    if both:
        key = _divisor(eng, items, ratios, ms, also_m=True)
    mm, nn = eng.problem.m(st0.s.input_set), _dimensions(eng, st0)[key]
    X = eng.port_name(eng.problem.roles.X)
    plural_ = len(names) > 1
    factor = f"{g(1 / nn)} = 1/{nn}" if both else f"{g(mm / nn)} = {mm}/{nn}"
    divides = (f"m * {key.split(',')[0].split(' = ')[0]} (a mean over every entry of an m x {nn} matrix, where Octave sums over "
               "that axis and divides by m alone)" if both else
               f"{key}, where Octave divides by m = {X}.shape[0], the number of examples (a mean over the wrong axis)")
    ev = (f"at lambda=0 PORT's {blocks_phrase(names)} {'are' if plural_ else 'is'} {'1/d' if both else 'm/d'} times "
          f"OCTAVE's on every set where {'they differ' if plural_ else 'it differs'} ({factor} on '{st0.name}'): "
          f"it divides by {divides}.")
    return Finding("wrong-m", "consistent", "m taken from the wrong dimension", ev, location=where,
                   fix=(f"np.sum(...) / {X}.shape[0]   # sum over every entry, then divide by the number of examples"
                        " (not np.mean)" if both else
                        f"m = {X}.shape[0]   # examples are rows; average over them, not over another axis"),
                   data={"sets": sets, "divisor": key, "divides_by": "m*d" if both else "d"})


def _std_ddof_finding(eng, groups) -> Finding:
    names, sets, where = _factor_where(groups)
    N = eng.problem.m(groups[0][1][0][0].s.input_set)
    each = "; ".join(f"PORT's {g_[0]} = {g_[3]} x OCTAVE's (ratio {g(g_[2][0], 7)}, and {g_[3]} = "
                     f"{g(eval_ddof(g_[3], N), 7)})" for g_ in groups)
    port_n = _port_divides_by_n(groups)
    who = ("PORT's std/var divide by N (NumPy's default ddof=0), OCTAVE's by N-1" if port_n
           else "PORT's std/var divide by N-1 (ddof=1), OCTAVE's by N (a 1/m formula or var(X, 1))")
    ev = f"{each} on {plural(len(sets), 'set')} ({set_list(sets)}), N = {N} rows: {who}."
    fix = ("sigma = X.std(axis=0, ddof=1)   # Octave's std(X) and var(X) divide by N-1" if port_n
           else "sigma2 = X.var(axis=0, ddof=0)   # the reference divides by N (1/m)")
    return Finding("std-ddof", "consistent", "std/var divisor N vs N-1", ev, location=where, fix=fix,
                   data={"factors": {g_[0]: g_[2][0] for g_ in groups}, "sets": sets})


def _missing_m_finding(eng, groups) -> Finding:
    names, sets, where = _factor_where(groups)
    per = {}
    for _, items, rs in groups:
        for (st, _), c in zip(items, rs):
            per.setdefault(st.name, c)
    distinct = {}
    for nm, c in per.items():
        distinct.setdefault(round(c, 9), nm)
    factors = ", ".join(f"x{g(c)} on '{nm}'" for c, nm in list(distinct.items())[:3])
    ones = [st.name for st in eng.states if eng.problem.m(st.s.input_set) == 1]
    plural_ = len(names) > 1
    ev = (f"at lambda=0 PORT's {blocks_phrase(names)} {'are' if plural_ else 'is'} m times OCTAVE's on every set "
          f"where {'they differ' if plural_ else 'it differs'} ({factors})"
          + (f"; '{ones[0]}' (m = 1) agrees." if ones else "."))
    fix = ("Theta1_grad = delta2.T @ a1 / m   # and Theta2_grad = delta3.T @ a2 / m" if "grad" in names
           else "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m")
    return Finding("missing-1-over-m", "consistent", "missing 1/m", ev, location=where, fix=fix, data={"sets": sets})


def _plain_factor_finding(eng, groups) -> Finding:
    names, sets, where = _factor_where(groups)
    cc = groups[0][2][0]
    every = "all " if len(sets) == len(eng.states) else ""
    ev = (f"at lambda=0 PORT's {blocks_phrase(names)} is {ratio_name(cc)} times OCTAVE's on {every}"
          f"{plural(len(sets), 'set')} ({set_list(sets)}).")
    return Finding("constant-factor", "consistent", f"constant factor {ratio_name(cc)}", ev, location=where,
                   fix=_factor_fix(cc, names), data={"factor": cc, "sets": sets})


_FACTOR_FINDINGS = {"wrong-m": _wrong_m_finding, "std-ddof": _std_ddof_finding, "missing-1-over-m": _missing_m_finding,
                    "constant-factor": _plain_factor_finding}


def _ddof_name(c: float, N: int | None) -> str | None:
    """The ddof factor ``c`` stands for (catalog P6), as text, or None."""
    if not N or N < 2:
        return None
    for text, v in (("sqrt((N-1)/N)", np.sqrt((N - 1) / N)), ("(N-1)/N", (N - 1) / N),
                    ("sqrt(N/(N-1))", np.sqrt(N / (N - 1))), ("N/(N-1)", N / (N - 1))):
        if abs(c - v) <= 1e-9 * v:
            return text
    return None


def eval_ddof(text: str, N: int) -> float:
    """The value of a ddof factor named by :func:`_ddof_name`."""
    return {"sqrt((N-1)/N)": np.sqrt((N - 1) / N), "(N-1)/N": (N - 1) / N,
            "sqrt(N/(N-1))": np.sqrt(N / (N - 1)), "N/(N-1)": N / (N - 1)}[text]


def _port_divides_by_n(groups_) -> bool:
    """Which side divides by N: a spread output (sigma, var) smaller on PORT, or a normalised one larger."""
    spread = [g_ for g_ in groups_ if any(w in g_[0].lower() for w in ("sigma", "std", "var", "s2"))]
    g_ = (spread or groups_)[0]
    smaller = g_[2][0] < 1
    return smaller if spread else not smaller


def _clean(c: float) -> bool:
    """A factor a porting mistake produces: +-1, 2, 3, 4 or their inverses (not an arbitrary number)."""
    return any(abs(abs(c) - v) <= 1e-8 * v for v in (1.0, 2.0, 3.0, 4.0, 0.5, 1 / 3, 0.25)) and c != 1.0


def _factor_fix(c, names) -> str:
    if abs(c - 0.5) < 1e-9 and names == ["J"]:
        return "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m   # 1/m, not 1/(2m)"
    if abs(c + 1) < 1e-9 and names == ["J"]:
        return "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m   # the minus sign"
    if abs(c + 1) < 1e-9 and names == ["grad"]:
        return "d3 = a3 - Y   # the output error is prediction minus label; Y - a3 flips the gradient"
    return f"{names[0]} = {names[0]} * {ratio_name(1 / c)}   # remove the extra factor {ratio_name(c)}"


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _per_unit(eng) -> list[Finding]:
    p = eng.problem
    r = p.roles
    if r.grad is None or r.X is None:
        return []
    one = [st for st in eng.states if st.ran and p.m(st.s.input_set) == 1 and st.data_open and st.out0 is not None]
    for st in one:
        keys = st.data_open
        cells = [st.cells[k] for k in keys]
        if any(c.output != r.grad for c in cells) or len({c.block for c in cells}) != 1:
            continue
        bname = cells[0].block
        blocks = p.blocks(st.s.input_set)
        bi = next(i for i, b in enumerate(blocks) if b.name == bname)
        b = blocks[bi]
        gp = eng.flat(st.out0, r.grad)[b.offset:b.offset + b.size].reshape(b.shape, order="F")
        gr = np.asarray(st.ref0[r.grad], dtype=float).ravel(order="F")[b.offset:b.offset + b.size].reshape(b.shape, order="F")
        factors = []
        for i in range(b.shape[0]):
            if not np.any(gr[i]):
                factors.append(None if np.any(gp[i]) else 1.0)
                continue
            factors.append(1.0 if np.allclose(gp[i], gr[i], rtol=eng.rtol, atol=eng.atol) else proportional(gp[i], gr[i]))
        if any(f is None for f in factors) or np.allclose(factors, factors[0], rtol=1e-9):
            continue
        title, fix, cand = f"a factor per unit in {bname}'s gradient", f"delta{bi + 2} is wrong: check the activation derivative", None
        if bi == 0 and len(blocks) > 1:
            T1 = p.matrices(st.s.input_set)[0]
            x = np.asarray(st.s.input_set.values[r.X], dtype=float).reshape(1, -1)
            z = (np.column_stack([np.ones(1), x]) @ T1.T).ravel()
            s_ = _sigmoid(z)
            dp = np.array(factors) * s_ * (1 - s_)
            ss = _sigmoid(s_)
            for label, v in (("sigmoid(z2)", s_), ("z2 * (1 - z2)", z * (1 - z)), ("1 (no derivative)", np.ones_like(z)),
                             ("sigmoidGradient(a2), the derivative taken at the activation instead of z2", ss * (1 - ss)),
                             ("1 - sigmoid(z2)", 1 - s_), ("sigmoid(z2) * (1 + sigmoid(z2))", s_ * (1 + s_)),
                             ("sigmoid(z2)**2", s_ ** 2)):
                if np.allclose(dp, v, rtol=1e-7, atol=1e-12):
                    cand = label
                    break
            title = "wrong activation derivative" if cand else "a factor per hidden unit (delta2 wrong)"
            fix = fix_for(eng, "per-unit-factor")
        n_other = 0
        for other in eng.states:
            if other.ran and other.data_open and all(other.cells[k].block == bname and other.cells[k].output == r.grad
                                                     for k in other.data_open):
                for k in list(other.data_open):
                    _close(other, k, "per-unit-factor")
                n_other += 1
        fs = ", ".join(g(f, 3) for f in factors[:6])
        ev = (f"on '{st.name}' each row (unit) of {bname}'s gradient is OCTAVE's times its own factor ({fs}); "
              + (f"PORT's derivative equals {cand}, not sigmoid(z2)*(1-sigmoid(z2)); " if cand else "")
              + f"{eng.output_name(r.cost)} and the other blocks agree; {bname}'s gradient alone differs on {plural(n_other, 'set')}.")
        return [Finding("per-unit-factor", "consistent", title, ev, location=f"{eng.output_name(r.grad)}: {bname} (all columns)",
                        fix=fix, data={"factors": factors, "derivative": cand})]
    return []


def _block_local(eng) -> list[Finding]:
    p = eng.problem
    r = p.roles
    cells = _open(eng)
    if not cells or r.grad is None:
        return []
    keys = {k for _, k in cells}
    cs = [eng.states[0].cells.get(k) or next(st.cells[k] for st, kk in cells if kk == k) for k in keys]
    if any(c.output != r.grad for c in cs):
        return []
    allcells = [c for c in eng.states[0].cells.values() if c.output == r.grad]
    blocks = {c.block for c in cs}
    parts = {c.part for c in cs}
    all_blocks = {c.block for c in allcells}
    if blocks == all_blocks and not (parts == {"bias"}):
        return []
    if parts == {"bias"} and len(blocks) > 1:
        what = "the bias columns"
    else:
        what = blocks_phrase(sorted(blocks)) + ("" if len(parts) > 1 else f" {next(iter(parts))}")
    sets = list(dict.fromkeys(st.name for st, _ in cells))
    st0, k0 = cells[0]
    locs = locate(eng, st0, k0, n=2)
    for st, k in cells:
        _close(st, k, "block-local")
    agree = [c.label for c in allcells if c.key not in keys]
    gname = eng.output_name(r.grad)
    lam = " at lambda=0 too" if any(st.lam for st, _ in cells) else ""
    ev = (f"{gname} differs only in {what}{lam}, on {plural(len(sets), 'set')} ({set_list(sets)}); "
          f"{eng.output_name(r.cost) if r.cost is not None else 'the cost'} and {blocks_phrase(agree) or 'the rest'} agree. "
          f"Largest: {locs}.")
    return [Finding("block-local", "consistent", f"difference confined to {what}", ev,
                    location=f"{gname}: {what}", fix=f"check the line computing {sorted(blocks)[0]}_grad",
                    data={"cells": sorted(keys), "sets": sets})]


def _pair(st, c):
    try:
        return np.asarray(st.ref[c.output], dtype=float), np.asarray(st.out[c.output], dtype=float)
    except (TypeError, ValueError):
        return None


def _related(A, B, eng, st):
    with np.errstate(all="ignore"):
        return relate(A, B, _sizes(eng, st)) or reduced_input(A, B, list(st.s.input_set.values.values()))


def _sizes(eng, st) -> list[int]:
    return sizes_of(st.s.input_set.values.values())


def _generic(eng) -> list[Finding]:
    """Relations on whole outputs whose cells are still open (:data:`~portcheck.diagnose.generic.OUTPUT_RELATIONS`)."""
    out = []
    explained = getattr(eng, "explained_outputs", frozenset())  # a basic finding (a shift, NaN...) says it already
    for st in eng.states:
        if not st.ran:
            continue
        cells = {k: st.cells[k] for k in sorted(st.data_open) if not st.cells[k].block and st.cells[k].name not in explained}
        pairs = {k: p for k, p in ((k, _pair(st, c)) for k, c in cells.items()) if p is not None}
        rels = with_joint_orders(pairs, {k: _related(A, B, eng, st) for k, (A, B) in pairs.items()},
                                 _sizes(eng, st), names={k: c.name for k, c in cells.items()})
        for k, rel in rels.items():
            c, (A, B) = cells[k], pairs[k]
            for ident, title, ev, fix in (rel if isinstance(rel, list) else [rel] if rel else []):
                ident = "label-base" if ident == "index-base" else ident  # the course's name for 0-based indices
                if ident == "missing-element" and bias_count(A, B, st.s.input_set.values):
                    ident, title = "bias-column", "the bias column left out"
                    ev += f"; PORT's {B.shape[-1]} columns is an input's size, OCTAVE's {A.shape[-1]} is 1 + it"
                    fix = "make room for the bias column: (rows, 1 + n) columns, not (rows, n)"
                for other in eng.states:
                    if k in other.data_open:
                        _close(other, k, ident)
                out.append(Finding(ident, "consistent", title, f"{c.name} on '{st.name}': {ev}.", location=c.name, fix=fix,
                                   data={"sets": [st.name]}))
    return out


#: Relations of real ports' shape slips (:mod:`.shape_gaps`), tried before the generic ones: each is narrower
#: (a reduction, a loop that skips index 0, a reorder with a shift) than the generic relation that would also fit.
SHAPE_GAPS = (reduced, skipped_first, reordered_shifted)


def relate(A, B, sizes=()):
    """The first relation that holds between OCTAVE's ``A`` and PORT's ``B``: :data:`SHAPE_GAPS`, then
    :data:`~portcheck.diagnose.generic.OUTPUT_RELATIONS`; None when none does. Never raises."""
    for relation in SHAPE_GAPS:
        try:
            with np.errstate(all="ignore"):
                found = relation(A, B)
        except (ValueError, TypeError, IndexError, ArithmeticError):
            found = None
        if found is not None:
            return found
    return relate_generic(A, B, sizes)
