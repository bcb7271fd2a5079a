"""What no finding explains: located anyway, so a divergence is never left without a place.

:func:`unexplained` gathers every output cell still open after the probes and
relations into one ``unexplained`` finding -- which outputs, blocks and sets, the
lambda dependence, the self-consistency verdict, the largest entries as the
Python index and the Octave subscript (:func:`locate`). :func:`fallback` locates
a divergence from the comparison itself when no stage of the engine could run.
"""
from __future__ import annotations

import numpy as np

from ..formatting import location
from .finding import Finding
from .wording import blocks_phrase, e, g, gap_text, set_list

__all__ = ["locate", "unexplained", "fallback"]


def locate(eng, st, key, n: int = 3) -> str:
    """The largest differences of a cell: Python index (Octave subscript) PORT vs OCTAVE."""
    c = st.cells[key]
    outs = st.out if st.out is not None else None
    if outs is None or c.output >= len(outs):
        return "-"
    bp = eng.flat(outs, c.output)
    ar = eng.flat(st.ref, c.output)
    if bp is None or ar is None or bp.size != ar.size:
        return f"{c.name}: PORT shape {np.shape(outs[c.output])}, OCTAVE {np.shape(st.ref[c.output])}"
    idx = np.asarray(c.index, dtype=int)
    d = np.abs(bp[idx] - ar[idx])
    order = idx[np.argsort(-d, kind="stable")][:n]
    blocks = eng.problem.output_blocks(st.s.input_set).get(c.name, [])
    parts = []
    shape = np.shape(st.ref[c.output])
    for k in order:
        blk = next((b for b in blocks if b.offset <= k < b.offset + b.size), None)
        if blk is not None and blk.shape[0] == 1:  # a plain vector theta, held as one row
            lab = location(c.name, (int(k) - blk.offset,))
        elif blk is not None:
            lab = blk.label(int(k))
        elif len(shape) == 2 and min(shape) > 1:
            lab = location(c.name, (int(k) % shape[0], int(k) // shape[0]))
        else:
            lab = location(c.name, (int(k),)) if ar.size > 1 else c.name
        parts.append(f"{lab} PORT {g(bp[k], 8)}, OCTAVE {g(ar[k], 8)}")
    return "; ".join(parts)


def unexplained(eng, left, sc) -> Finding:
    """One finding that localises every cell no finding explains."""
    by_set = {}
    for st, k, kind in left:
        by_set.setdefault(st.name, []).append((st, k, kind))
    n = len(eng.states)
    first_st, first_k = left[0][0], left[0][1]
    cells = list(dict.fromkeys(st.cells[k].label for st, k, _ in left))
    kinds = {kind for _, _, kind in left}
    lam_txt = []
    if "reg" in kinds:
        regs = [(st, k) for st, k, kind in left if kind == "reg"]
        st, k = regs[0]
        gap = f"{gap_text(st.gap_J, st.reg_gap_J)} " if k == eng.cost_key else ""
        lam_txt.append(f"a lambda-dependent part ({gap}on '{st.name}') that fits no regularisation mistake")
    if "data" in kinds and eng.problem.roles.lam is not None:
        lam_txt.append("a part present at lambda=0 (the data term)")
    sc_txt = ""
    if sc is not None and sc.data.get("verdict"):
        v = sc.data["verdict"]
        nums = f"PORT {e(sc.data.get('port_worst'))}, OCTAVE {e(sc.data.get('octave_worst'))}"
        sc_txt = f" Self-consistency ({nums}): {v}."
    locs = locate(eng, first_st, first_k) if first_st is not None else ""
    verb = "differs" if len(cells) == 1 else "differ"
    pattern = f", with {' and '.join(lam_txt)}" if lam_txt else ""
    ev = (f"{blocks_phrase(cells[:6])} still {verb} on {len(by_set)} of {n} sets ({set_list(list(by_set))})"
          f"{pattern}; no probe or relation reproduces it.{sc_txt}" + (f" Largest: {locs}." if locs else ""))
    return Finding("unexplained", "unexplained", "unexplained divergence", ev,
                   location=blocks_phrase(cells[:6]), fix="",
                   data={"cells": sorted({f"{st.name}: {k}" for st, k, _ in left})})


def fallback(eng, explained_outputs=frozenset()) -> Finding | None:
    """An ``unexplained`` finding located from the comparison itself, when no stage found anything."""
    for s in eng.ctx.sets:
        if s.comparison is None:
            continue
        for o in s.comparison.outputs:
            if o.status == "parity" or o.name in explained_outputs:
                continue
            where = "; ".join(f"{x.label} PORT {g(x.port, 8)}, OCTAVE {g(x.octave, 8)}" for x in o.worst[:3])
            what = (f"{o.mismatched} of {o.total} entries differ (max abs {e(o.max_abs_violation)})" if o.mismatched
                    else f"{o.message or o.status} ({o.shape_note})")
            bad = [x.input_set.name for x in eng.ctx.sets if x.status != "parity"]
            return Finding("unexplained", "unexplained", "unexplained divergence",
                           f"{o.name} on '{s.input_set.name}': {what}; no probe or relation reproduces it"
                           f" (sets that differ: {set_list(bad)})" + (f". Largest: {where}." if where else "."),
                           location=o.name)
    return None
